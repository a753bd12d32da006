/** Built pages parsed as a browser would, for assertions about elements rather than strings. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { TEST_DIST } from './site.ts';

export { select, selectAll };

export function parsePage(...parts: string[]): Root {
  const file = parts.at(-1)?.endsWith('.html') ? path.join(TEST_DIST, ...parts) : path.join(TEST_DIST, ...parts, 'index.html');
  return fromHtml(readFileSync(file, 'utf8'));
}

export function text(node: Root | Element | undefined): string {
  return node ? toText(node).replace(/\s+/g, ' ').trim() : '';
}

export function texts(selector: string, tree: Root | Element): string[] {
  return selectAll(selector, tree).map(text);
}

export function hrefs(selector: string, tree: Root | Element): string[] {
  return selectAll(selector, tree).map((a) => String(a.properties['href'] ?? ''));
}
