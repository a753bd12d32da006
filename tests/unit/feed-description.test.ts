import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { feedDescription } from '../../src/lib/publish/feeds.ts';

describe('an RSS item’s description', () => {
  it('shows each field’s words as written in a reader that takes it as HTML, however two fields meet', () => {
    const description = feedDescription({
      summary: 'A walk <img src=https://tracker.example.com/p.png alt=',
      when: { summary: 'Every Monday morning, 10am to 11am' },
      where: { summary: 'Hall >, Millbrook' },
      cost: { summary: 'Free & easy' },
    });
    const html = fromHtml(description, { fragment: true });
    expect(selectAll('*', html)).toEqual([]);
    expect(description).toBe('A walk &lt;img src=https://tracker.example.com/p.png alt= Every Monday morning, 10am to 11am. Hall &gt;, Millbrook. Free &amp; easy.');
  });
});
