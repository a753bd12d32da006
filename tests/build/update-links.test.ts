/**
 * Every activity page offers its group the ways to keep it current, and
 * carries the entry the update form prefills from.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT } from '../support/site.ts';
import { parsePage, select, selectAll, text } from '../support/html.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';

const entries = readEntries(TEST_CONTENT);
const settings = loadSettings(path.join(TEST_CONTENT, 'directory.yaml'));

describe('keeping an entry current', () => {
  it('gives every activity page an update link, and a one-step confirmation unless it has ended', () => {
    for (const entry of entries) {
      const tree = parsePage('activities', entry.id);
      const links = selectAll('.keep-current a', tree);
      expect(links.map((a) => [text(a), a.properties['href']])[0], entry.id).toEqual(['Update this activity', `/add-your-activity/?update=${entry.id}`]);
      const confirm = links.find((a) => text(a) === 'Still running, nothing has changed');
      expect(Boolean(confirm), entry.id).toBe(entry.data.status !== 'ended');
      if (confirm) {
        const href = new URL(String(confirm.properties['href']));
        expect(`${href.origin}${href.pathname}`).toBe(`${settings.repository_url}/issues/new`);
        expect(href.searchParams.get('template')).toBe('confirm-activity.yml');
        expect(href.searchParams.get('entry')).toBe(entry.id);
      }
    }
  });

  it('embeds the checked entry in the head for the form', () => {
    for (const entry of entries) {
      const script = select('head script[data-entry-source]', parsePage('activities', entry.id));
      const source = JSON.parse(text(script)) as { id: string; data: unknown };
      expect(source.id).toBe(entry.id);
      expect(source.data).toEqual(entry.data);
    }
  });

  it('says nothing about when details last changed in a build without history', () => {
    // The test site is built from an uncommitted copy of the content.
    for (const entry of entries) expect(selectAll('.last-changed', parsePage('activities', entry.id))).toEqual([]);
  });
});
