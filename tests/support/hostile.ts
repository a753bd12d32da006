/**
 * Generators of hostile and malformed entries for the fuzz tests: random
 * YAML, wrong types, huge strings, unicode edge cases, control characters,
 * and markup or script in every text field.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

/** Strings an attacker (or a confused editor) might put in any field. */
export const HOSTILE_SNIPPETS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '" onmouseover="window.__pwned=1" x="',
  "' onfocus='window.__pwned=1' autofocus x='",
  'javascript:window.__pwned=1',
  '[click](javascript:window.__pwned=1)',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:window.__pwned=1">x</a>',
  '<iframe src="https://evil.example.org"></iframe>',
  '<style>*{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example.org">',
  '</script><script>window.__pwned=1</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '\u202Eevil\u202C', '\u200B\u200D\uFEFF', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦', '\u0000\u0007\u001B[31m', '\r\n\t',
  '<!-- x --><!--', '<![CDATA[x]]>', '<form action="https://evil.example.org"><input name=x></form>',
];

export const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_SNIPPETS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...HOSTILE_SNIPPETS), fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_SNIPPETS)).map((t) => t.join('')),
);

const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const FIELDS = ['title', 'summary', 'categories', 'organisation', 'how_to_join', 'contact', 'schedules', 'by_arrangement', 'location', 'cost_option', 'eligibility', 'accessibility', 'assured_date', 'status', 'sumary', '__proto__', 'constructor'];

/** A front-matter object with random fields of random types. */
export const wrongTypedEntry = fc.dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 12 });

/** Whole files: random bytes, random YAML, broken fences, huge and odd text. */
export const malformedFile: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }).map((s) => new TextEncoder().encode(s)),
  wrongTypedEntry.map((e) => new TextEncoder().encode(`---\n${safeStringify(e)}---\n${HOSTILE_SNIPPETS.join('\n\n')}\n`)),
  fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(`---\n${s}\n---\nbody`)),
  fc.tuple(fc.constantFrom('---\n', '\uFEFF---\r\n', '---', ''), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('\n---\n', '\r\n---', '')).map(([a, b, c]) => new TextEncoder().encode(a + b + c)),
  fc.integer({ min: 50_000, max: 300_000 }).map((n) => new TextEncoder().encode(`---\ntitle: "${'A'.repeat(n)}"\n---\n`)),
);

function safeStringify(value: unknown): string {
  try {
    return stringify(value);
  } catch {
    return 'title: [unclosed\n';
  }
}

/**
 * A valid entry whose every free-text field carries the hostile text the
 * schema still allows (no tags), and whose body carries anything at all.
 */
export function validHostileEntry(seed: number, text: (i: number) => string, body: string): string {
  // Without what the schema refuses in a line of text: tags, line breaks, controls, direction-turning characters.
  const t = (i: number) => text(seed * 31 + i).replace(/[<>\r\n\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').trim().slice(0, 60) || 'x';
  const entry = {
    title: `Fuzz ${seed} ${t(1)}`.slice(0, 80),
    summary: t(2),
    categories: ['social'],
    organisation: { name: t(3), website: `https://example.org/?q=${encodeURIComponent(text(seed + 4))}` },
    how_to_join: { method: 'drop-in', instructions: t(5) },
    contact: { name: t(6), email: 'fuzz@example.org', website: 'https://example.org/"><script>window.__pwned=1</script>' },
    schedules: [{ freq: 'weekly', byday: ['MO'], opens_at: '10:00', closes_at: '11:00', description: t(7) }],
    schedule_notes: t(8),
    location: { venue: t(9), address: t(10), postcode: 'AV1 1AA', area: 'ashworth-town', directions: t(11) },
    cost_option: { free: false, amount: t(12), concessions: t(13) },
    eligibility: { audiences: ['everyone'], conditions: [t(14)], description: t(15) },
    accessibility: { features: ['step-free'], notes: t(16) },
    assured_date: '2026-11-01',
    status: 'running',
    status_note: t(17),
  };
  // A note at the top, which each page embeds for "Update this activity".
  const note = `${text(seed * 31 + 20).replace(/[\u0000-\u001f]/g, ' ')}\n</script><!--<script>window.__pwned=2</script>`;
  return `---\n${note.split('\n').map((line) => `# ${line}`).join('\n')}\n${stringify(entry)}---\n${body}\n`;
}
