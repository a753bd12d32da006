/**
 * The service description: our one-line summary, a blank line, then the
 * entry's Markdown. The profile has a single free-text description, and
 * Markdown reads as plain text, so nothing is lost and reading a feed back
 * can split the two again.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { isUnsafeLink, userPart } from '../content/link-address.ts';

/** A link the feed keeps only as its words: another protocol, or a user name that names one site and leads to another. */
const unlinkable = (url: string) => isUnsafeLink(url) || userPart(url) !== undefined;

const parser = unified().use(remarkParse);

/** The references of a text, by identifier: a definition only images use goes with them. */
interface References {
  links: Set<string>;
  images: Set<string>;
}

/** What a node's source text is replaced by, or undefined to keep it. */
function replacement(node: RootContent, references: References): string | undefined {
  if (node.type === 'html') return '';
  // "![alt][ref]" is an image as much as "![alt](url)" is, its address in the reference's definition.
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'link' && unlinkable(node.url)) return node.children.map((c) => ('value' in c ? c.value : '')).join('');
  // A "[ref]: url" line is where "[text][ref]" links go: without it they read as plain text.
  if (node.type === 'definition' && (unlinkable(node.url) || (references.images.has(node.identifier) && !references.links.has(node.identifier)))) return '';
  return undefined;
}

function referencesIn(tree: Root): References {
  const references: References = { links: new Set(), images: new Set() };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'linkReference') references.links.add(node.identifier);
    if (node.type === 'imageReference') references.images.add(node.identifier);
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  walk(tree);
  return references;
}

/**
 * The Markdown without raw HTML, images (inline or by reference) or links
 * that are not https, mailto or tel. The site drops these when it renders a page; a feed's consumers may
 * render the description as HTML, so the feed must not carry them either.
 * A valid entry has none (the validator rejects them), so it is unchanged.
 * Cutting can join what was either side into new markup ("<scr<b>ipt>"
 * leaves "<script>"), so it cuts again until nothing is left to cut; every
 * cut shortens the text, so that ends.
 */
export function withoutMarkup(markdown: string): string {
  let text = markdown.trim();
  for (let cut = cutMarkup(text); cut !== text; cut = cutMarkup(text)) text = cut;
  return text;
}

function cutMarkup(markdown: string): string {
  // Raw HTML and autolinks begin with "<", links and images with "[": a body
  // with neither has nothing to cut, and most bodies need no parse at all.
  if (!/[<[]/.test(markdown)) return markdown.trim();
  const cuts: { start: number; end: number; text: string }[] = [];
  const tree = parser.parse(markdown);
  const references = referencesIn(tree);
  const walk = (node: Root | RootContent) => {
    if (!('children' in node)) return;
    for (const child of node.children as RootContent[]) {
      const text = replacement(child, references);
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (text !== undefined && start !== undefined && end !== undefined) cuts.push({ start, end, text });
      else walk(child);
    }
  };
  walk(tree);
  if (!cuts.length) return markdown.trim();
  let out = markdown;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, cut.start) + cut.text + out.slice(cut.end);
  // Removing whole blocks leaves runs of blank lines behind.
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The same text with every "<" that could start a tag taken out ("<img",
 * "</a", "<!--"). Markdown parsers differ on what is HTML: an unquoted
 * attribute with a "/" in it ("<img src=https://…/p.png onerror=…>") is text
 * to the parser here and a live tag to others, and a code span or an escaped
 * "\<" is text only to a consumer that renders Markdown. Whatever reads
 * the feed, no tag can start without one of these.
 */
function withoutTagStarts(text: string): string {
  return text.replace(/<(?=[A-Za-z!?/])/g, '');
}

export function composeDescription(summary: string, body: string): string {
  const text = withoutMarkup(body);
  return withoutTagStarts(text ? `${summary}\n\n${text}` : summary);
}

export const MAX_SUMMARY = 160;

/**
 * Splits a description into summary and body. Ours always starts with a
 * one-line summary; a description from elsewhere may not, and then the
 * summary is its first sentence (shortened at a word if need be, which the
 * caller is told) and the whole text becomes the body.
 */
export function splitDescription(description: string): { summary: string; body: string; shortened: boolean } {
  const text = description.replace(/\r\n?/g, '\n').trim();
  const blank = /\n[ \t]*\n/.exec(text);
  const first = blank ? text.slice(0, blank.index) : text;
  const rest = blank ? text.slice(blank.index + blank[0].length) : '';
  const firstLine = first.replace(/\s*\n\s*/g, ' ').trim();
  if (firstLine.length <= MAX_SUMMARY) return { summary: firstLine, body: rest.trim(), shortened: false };
  const sentence = /^.+?[.!?](?=\s|$)/.exec(firstLine)?.[0];
  if (sentence && sentence.length <= MAX_SUMMARY) return { summary: sentence, body: text, shortened: true };
  const cut = firstLine.slice(0, MAX_SUMMARY - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.-]+$/, '');
  return { summary: `${atWord}…`, body: text, shortened: true };
}
