/** Built pages parsed as a browser would, for assertions about elements rather than strings. */
import { readdirSync, readFileSync } from 'node:fs';
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

/** Every built HTML page, relative to the test site's root, leaving out Pagefind's own files. */
export function builtHtmlFiles(root = TEST_DIST): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
    .sort();
}

const UNSAFE_TAGS = ['iframe', 'style', 'img', 'svg', 'object', 'embed', 'form', 'input', 'base'];

/**
 * Everything in a built page that could run code, load from elsewhere or
 * take the reader away unasked, other than the site's own bundled scripts,
 * its JSON data blocks (JSON-LD, the shortlist card) and its Content Security
 * Policy. Empty for a safe page.
 */
/** A script element holding JSON data: browsers never run it. */
export function isDataBlock(script: Element): boolean {
  return ['application/ld+json', 'application/json'].includes(String(script.properties['type']));
}

export function unsafeMarkup(tree: Root): string[] {
  const elements = selectAll('*', tree) as Element[];
  const main = select('main', tree);
  return [
    ...elements.filter((el) => UNSAFE_TAGS.includes(el.tagName)).map((el) => `<${el.tagName}>`),
    ...elements.flatMap((el) => Object.keys(el.properties).filter((p) => /^on/i.test(p)).map((p) => `${el.tagName}.${p}`)),
    ...selectAll('script', tree).flatMap((s) => {
      if (isDataBlock(s)) {
        const json = toText(s);
        try {
          JSON.parse(json);
        } catch {
          return [`${String(s.properties['type'])} that does not parse`];
        }
        return /<\/script/i.test(json) ? [`${String(s.properties['type'])} containing </script`] : [];
      }
      return String(s.properties['src'] ?? '').startsWith('/_astro/') ? [] : [`script ${String(s.properties['src'] ?? 'inline')}`];
    }),
    ...selectAll('meta[http-equiv]', tree).map((m) => String(m.properties['httpEquiv'])).filter((h) => h !== 'content-security-policy').map((h) => `meta ${h}`),
    ...(main ? selectAll('meta, link', main).map((el) => `<${el.tagName}> in main`) : []),
    ...hrefs('a[href]', tree).filter((h) => !/^(https:|mailto:|tel:|\/|#)/.test(h)).map((h) => `link ${h}`),
  ];
}
