/**
 * The contributor guide's list of fields, generated from the schema so it
 * cannot drift: which fields exist, which are required and which values
 * they allow come from the zod schema itself (as JSON Schema), and each
 * field's explanation is the JSDoc comment written above it in
 * src/schema/activity.ts.
 */
import ts from 'typescript';
import { z } from 'astro/zod';
import { activitySchema } from '../../schema/activity.ts';
import { ACCESSIBILITY, ACTIVITY_LEVELS, AUDIENCES, CATEGORIES, DELIVERY, FORMATS, FREQUENCIES, JOIN_METHODS, SAFEGUARDING, STATUSES, WEEKDAYS, type Term } from '../../schema/vocabulary.ts';
import { LANGUAGE_CODES } from '../../schema/languages.ts';
import { languageView } from '../activity/fit.ts';

export interface FieldDoc {
  /** `location.postcode`, `schedules[].opens_at` */
  path: string;
  required: boolean;
  /** What to write, in words: "text, up to 80 characters", "one of …". */
  format: string;
  description: string;
  /** Allowed values with their meaning, for fields with a fixed list. */
  values?: { value: string; meaning: string }[];
}

/** Variables in activity.ts whose fields sit under another field. */
const NESTED_SCHEMAS: Record<string, string> = { sessionSchema: 'schedules[]' };

/** Reads the JSDoc comment above each field of the schema, keyed by field path. */
export function schemaComments(source: string): Map<string, string> {
  const file = ts.createSourceFile('activity.ts', source, ts.ScriptTarget.Latest, true);
  const comments = new Map<string, string>();
  const visit = (node: ts.Node, prefix: string[]) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && NESTED_SCHEMAS[node.name.text]) {
      prefix = [NESTED_SCHEMAS[node.name.text]!];
    }
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const path = [...prefix, node.name.text];
      const doc = ts.getJSDocCommentsAndTags(node).map((d) => (typeof d.comment === 'string' ? d.comment : '')).join(' ').trim();
      if (doc) comments.set(path.join('.'), doc);
      node.forEachChild((child) => visit(child, path));
      return;
    }
    node.forEachChild((child) => visit(child, prefix));
  };
  visit(file, []);
  return comments;
}

type JsonSchema = {
  type?: string;
  enum?: (string | number)[];
  anyOf?: JsonSchema[];
  const?: string | number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

const VOCABULARIES: Record<string, Record<string, Term | string>> = {
  categories: CATEGORIES,
  'how_to_join.method': JOIN_METHODS,
  'eligibility.audiences': AUDIENCES,
  'accessibility.features': ACCESSIBILITY,
  status: STATUSES,
  'schedules[].freq': FREQUENCIES,
  'schedules[].byday': WEEKDAYS,
  languages: Object.fromEntries(LANGUAGE_CODES.map((c) => [c, languageView(c).text])),
  format: FORMATS,
  delivery: DELIVERY,
  activity_level: ACTIVITY_LEVELS,
  safeguarding: SAFEGUARDING,
};

const quote = (v: string | number) => `\`${v}\``;

function describeFormat(path: string, s: JsonSchema): string {
  if (s.enum) return `one of ${s.enum.map(quote).join(', ')}`;
  if (s.anyOf?.every((a) => a.const !== undefined)) return `one of ${s.anyOf.map((a) => quote(a.const!)).join(', ')}`;
  if (s.type === 'array') {
    const count = s.maxItems ? `${s.minItems ?? 0} to ${s.maxItems}` : s.minItems ? `at least ${s.minItems}` : 'any number';
    const item = s.items ? describeFormat(path, s.items) : 'values';
    return s.items?.type === 'object' ? `a list (${count}) of items with the fields below` : `a list (${count}), each ${item}`;
  }
  if (s.type === 'object') return 'a group of the fields below';
  if (s.type === 'boolean') return '`true` or `false`';
  if (s.type === 'integer') return `a whole number${s.maximum !== undefined ? ` from ${s.minimum ?? 0} to ${s.maximum}` : ''}`;
  if (s.type === 'number') return `a number${s.maximum !== undefined ? ` from ${s.minimum} to ${s.maximum}` : ''}`;
  if (s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return 'a date, YYYY-MM-DD';
  if (s.pattern?.includes('[0-5]\\d$')) return 'a time in quotes, "HH:MM" (24-hour clock)';
  if (s.format === 'email') return 'an email address';
  if (/website|url/.test(path)) return 'a web address starting with https://';
  if (path.endsWith('phone')) return 'a UK phone number in quotes';
  if (path.endsWith('postcode')) return 'a UK postcode';
  if (path.endsWith('area')) return 'an area id from content/directory.yaml';
  if (s.type === 'string') return s.maxLength ? `text, up to ${s.maxLength} characters` : 'text';
  return 'a value';
}

function valuesOf(path: string): FieldDoc['values'] {
  const vocab = VOCABULARIES[path];
  if (!vocab) return undefined;
  return Object.entries(vocab).map(([value, term]) => ({
    value,
    meaning: typeof term === 'string' ? term : `${term.label}: ${term.description}`,
  }));
}

export function fieldReference(schemaSource: string): FieldDoc[] {
  const comments = schemaComments(schemaSource);
  // Areas differ per directory; one placeholder keeps the schema buildable.
  const json = z.toJSONSchema(activitySchema({ areas: ['your-area'] }), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const docs: FieldDoc[] = [];
  const walk = (schema: JsonSchema, prefix: string, parentRequired: boolean) => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const required = parentRequired && (schema.required ?? []).includes(key) && child.default === undefined;
      const values = valuesOf(path);
      const format = values && child.type === 'array'
        ? describeFormat(path, { ...child, items: { type: 'string' } }).replace(/each text$/, 'each one of the values below')
        : values ? 'one of the values below' : describeFormat(path, child);
      docs.push({ path, required, format, description: comments.get(path) ?? '', ...(values ? { values } : {}) });
      if (child.type === 'object') walk(child, path, required);
      if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${path}[]`, true);
    }
  };
  walk(json, '', true);
  return docs;
}

/** The field list as a Markdown table plus the lists of allowed values. */
export function fieldReferenceMarkdown(docs: readonly FieldDoc[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = docs.map((d) => `| \`${d.path}\` | ${d.required ? 'yes' : ''} | ${cell(d.format)} | ${cell(d.description)} |`);
  const lists = docs
    .filter((d) => d.values)
    .map((d) => [`### Values for \`${d.path}\``, '', ...d.values!.map((v) => `- \`${v.value}\`: ${v.meaning}`)].join('\n'));
  return ['| Field | Required | What to write | What it is for |', '|---|---|---|---|', ...rows, '', ...lists.flatMap((l) => [l, ''])].join('\n').trimEnd();
}
