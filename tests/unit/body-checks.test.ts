import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/validation/body-checks.ts';

describe('the description’s checks', () => {
  it('reports a tag the Markdown parser reads as text, which other renderers would take as a tag', () => {
    const body = 'Come along.\n\nVisit <img src=https://tracker.example.com/or.png onerror=alert(1)> or `<iframe srcdoc=x>`.\n\n\\<script>alert(1)';
    const findings = checkBody(body);
    expect(findings.map((f) => [f.line, f.column])).toEqual([[3, 7], [3, 73], [5, 2]]);
    expect(findings[0]!.message).toBe('The description contains what looks like HTML (<img src=https://tracker.example.com/or.), which the page shows as text and the open data feed leaves out.');
  });

  it('reports a character that turns the text’s direction, but not right-to-left writing', () => {
    expect(checkBody('Meet at the \u202Eeert kao\u202C.').map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 13, 'The description has an invisible character (U+202E) here that turns the direction of the text after it, so it reads other than it is.'],
    ]);
    expect(checkBody('Conversation in اردو and English, with a mark \u200F here.')).toEqual([]);
  });

  it('reports a link whose address has a space in it, which shows as written, with the link to write', () => {
    expect(checkBody('Questions? [Ring us](0113 496 0123) or [see](our site).').map((f) => [f.line, f.column, f.message, f.fix])).toEqual([
      [1, 12, 'The link "[Ring us](0113 496 0123)" has a space in its address, so the page shows it as written, brackets and all.', 'Write it as [Ring us](tel:01134960123).'],
      [1, 40, 'The link "[see](our site)" has a space in its address, so the page shows it as written, brackets and all.', 'Write the address with no spaces, starting with https://, mailto: or tel:.'],
    ]);
    expect(checkBody('[Ring us](tel:01134960123) and [site](https://example.org).')).toEqual([]);
  });

  it('reports real HTML once, and leaves a "<" that starts no tag alone', () => {
    expect(checkBody('A <b>bold</b> walk.').map((f) => f.message)).toEqual([
      'The description contains HTML (<b>), which is removed from the page.',
      'The description contains HTML (</b>), which is removed from the page.',
    ]);
    expect(checkBody('For ages <5 and 3 < 4, with <3 from us.')).toEqual([]);
  });

  it('reports a field written below the closing ---, by the schema’s own names only', () => {
    expect(checkBody('A walk.\n\nstatus: paused\nlocation:\n  venue: Hall').map((f) => [f.line, f.column, f.message])).toEqual([
      [3, 1, '"status: paused" is below the closing --- of the fields, so it is read as description: the page shows it as text, not as status.'],
      [4, 1, '"location:" is below the closing --- of the fields, so it is read as description: the page shows it as text, not as location.'],
    ]);
    expect(checkBody('Note: bring water.\nStatus: we are busy.\nA title: ours.\ntitles:none\ntitle:x')).toEqual([]);
  });

  it('reports words on a comment’s line, which the page leaves out with it, but not a comment alone', () => {
    expect(checkBody('A walk.\n\n<!-- start --> Tea is £1. <!-- end -->\n\n<!-- note -->Bring water').map((f) => [f.line, f.column, f.message])).toEqual([
      [3, 1, 'The words "Tea is £1." are on the same line as an HTML comment (<!-- … -->), so the page leaves them out with the comment.'],
      [5, 1, 'The words "Bring water" are on the same line as an HTML comment (<!-- … -->), so the page leaves them out with the comment.'],
    ]);
    expect(checkBody('A walk.\n\n<!-- for reviewers:\nchecked by phone -->\n\n<!-- a --> <!-- b -->\n\nTea <!-- inline --> at 11.')).toEqual([]);
  });

  it('warns of a footnote, which the page shows as written, and reads tables as the page does', () => {
    expect(checkBody('Bring water[^1].\n\n[^1]: From the café.').map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [1, 12, 'warning', '"[^1]" is a footnote, which the page shows as written, brackets and all: it has no footnotes.'],
      [3, 1, 'warning', '"[^1]" is a footnote, which the page shows as written, brackets and all: it has no footnotes.'],
    ]);
    expect(checkBody('See [the map][^map].\n\n[^map]: https://example.org/map').map((f) => [f.line, f.column, f.severity])).toEqual([[1, 5, 'warning'], [3, 1, 'warning']]);
    expect(checkBody('| Day | Note |\n|---|---|\n| Tuesday | A <b>bold</b> ~~claim~~ |').map((f) => [f.line, f.column, f.message])).toEqual([
      [3, 15, 'The description contains HTML (<b>), which is removed from the page.'],
      [3, 22, 'The description contains HTML (</b>), which is removed from the page.'],
    ]);
  });
});
