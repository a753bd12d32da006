import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/lib/validation/yaml-source.ts';

/** The first error in some front matter that starts on line 2 of its file, as the validator words it. */
const first = (text: string) => {
  const [error] = parseYamlSource(text, 2).errors;
  return error && { line: error.line, column: error.column, message: error.message, fix: error.fix, explained: error.explained };
};

describe('YAML mistakes said in a volunteer\'s terms', () => {
  it('names a field written twice and both its lines', () => {
    expect(first('title: Walk\nvenue: Hall\nvenue: Church')).toMatchObject({ line: 4, message: 'venue is written twice here, on lines 3 and 4.', fix: 'Keep one: delete the line you do not want.' });
  });

  it('takes a session whose first field repeats as one missing its "- "', () => {
    const text = 'schedules:\n  - freq: weekly\n    byday: [TU]\n    freq: weekly\n    byday: [TH]';
    expect(first(text)).toMatchObject({ line: 5, message: 'freq is written twice in one entry of the list, on lines 3 and 5: the entry from line 5 is missing its "- ".' });
  });

  it('gives the fixed line for a quote that ends early', () => {
    expect(first("summary: 'Pat's group'")?.fix).toBe('Wrap it in double quotes instead: summary: "Pat\'s group"');
    expect(first('summary: \'Pat\'s "best" group\'')?.fix).toBe("Double each apostrophe inside it: summary: 'Pat''s \"best\" group'");
    expect(first('instructions: "Just come along" to the side door.')).toMatchObject({
      message: 'This value starts with a quote, so it ends where that quote closes, and "to the side door." is left over.',
      fix: 'Put the whole value in single quotes: instructions: \'"Just come along" to the side door.\'',
    });
  });

  it('says to indent with two ordinary spaces, at the line indented wrongly', () => {
    expect(first('location:\n  venue: Hall\n   address: 4 Church Street')).toMatchObject({ line: 4, column: 1, message: 'This line is indented with 3 spaces, so it does not line up with the field above it.' });
    expect(first('how_to_join:\n\u00a0\u00a0method: drop-in\n  instructions: Come in')?.message).toMatch(/^This line is indented with non-breaking spaces/);
  });

  it('keeps the parser\'s words for a ": " inside a value, which the general advice covers', () => {
    expect(first('title: Walk: the long one')).toMatchObject({ message: 'Nested mappings are not allowed in compact mappings', explained: undefined });
  });

  it('says the closing --- is missing when the description was read as fields', () => {
    expect(first('title: Walk\nassured_date: 2026-10-01\n\nA friendly walk for everyone.\n')).toMatchObject({
      line: 3, message: "The front matter's closing --- is missing after the last field (line 3), so the description was read as fields.",
    });
  });

  it('says which field has no ":" after its name', () => {
    expect(first('how_to_join:\n  method drop-in\n  instructions: Come in')).toMatchObject({ line: 3, column: 3, message: '"method drop-in" has no ":" after the field\'s name.', fix: 'Write it as method: drop-in' });
  });

  it('says to quote a value that starts with a sign YAML gives a meaning to', () => {
    for (const [line, sign] of [['title: *New* walk', '*'], ['summary: [Free] tea and cake', '['], ['summary: > 60s only', '>'], ['venue: @home', '@'], ['summary: - a gentle walk', '-'], ['summary: {Free} tea', '{']] as const) {
      expect(first(line)).toMatchObject({ message: `This value starts with "${sign}", which YAML reads as a sign rather than as text.`, fix: `Put the whole value in quotes: ${line.replace(/: /, ': "')}"` });
    }
    // A list left open is not text to quote.
    expect(first('categories: [walking, social')?.message).not.toMatch(/which YAML reads as a sign/);
  });

  it('says a list carried on to the next line must be indented, or is never closed, with it on one line', () => {
    expect(first('categories: [walking,\nsocial]\nstatus: running')).toMatchObject({
      line: 2, message: 'The list in categories carries on to the next line without being indented under it.', fix: 'Write the list on one line: categories: [walking, social]',
    });
    expect(first('categories: [social, walking\nsummary: A walk')).toMatchObject({
      line: 2, message: 'The list in categories, which starts with "[" on line 2, has no closing "]".', fix: 'End it with "]": categories: [social, walking]',
    });
  });

  it('keeps the quotes inside a value that quotes at both ends were meant to hold', () => {
    expect(first('title: "The "Riverside" Walk"')?.fix).toBe('Put the whole value in single quotes: title: \'The "Riverside" Walk\'');
  });
});

describe('front matter with syntax errors, read as far as it goes', () => {
  const read = (text: string) => {
    const source = parseYamlSource(text, 2);
    return { lines: source.errors.map((e) => e.line), setAside: [...source.setAside].sort(), data: source.data };
  };

  it('reports a mistake in each field and reads the fields without one', () => {
    const text = 'title: "The "Riverside" Walk"\nsummary: A walk\nhow_to_join:\n  method drop-in\n  instructions: Come in\nstatus: runing';
    expect(read(text)).toEqual({ lines: [2, 5], setAside: ['how_to_join', 'title'], data: { summary: 'A walk', status: 'runing' } });
  });

  it('does not report the echoes of one mistake as more', () => {
    // The line indented three spaces makes the parser complain twice, both about one field.
    expect(read('location:\n  venue: Hall\n   address: 4 Church Street\nstatus: running')).toEqual({ lines: [4], setAside: ['location'], data: { status: 'running' } });
  });

  it('sets aside every field a quote left open swallowed, not only the one it is in', () => {
    const { lines, setAside } = read('title: "Tuesday walk\nsummary: A walk\nstatus: running');
    expect(lines).toHaveLength(1);
    expect(setAside).toEqual(['status', 'summary', 'title']);
  });

  it('reads front matter without mistakes whole, setting nothing aside', () => {
    expect(read('title: Walk\nstatus: running')).toEqual({ lines: [], setAside: [], data: { title: 'Walk', status: 'running' } });
  });
});
