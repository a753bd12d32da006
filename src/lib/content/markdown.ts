/**
 * Renders an entry's Markdown body to HTML that is safe to put on a page.
 *
 * Astro's own Markdown pipeline passes raw HTML through verbatim, so entry
 * bodies are rendered here instead: raw HTML is dropped when Markdown becomes
 * HTML (remark-rehype without allowDangerousHtml), and rehype-sanitize then
 * removes anything left that could run script: event-handler attributes,
 * `javascript:` and `data:` links, unknown elements.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element, ElementContent } from 'hast';
import { ALLOWED_LINK_PROTOCOLS, linkAddress } from './link-address.ts';
import { remarkTablesAndStrikethrough } from './markdown-syntax.ts';

/** Entry headings sit under the page's h1 and h2 sections, so they start at h3. */
function rehypeDemoteHeadings() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'h1' || child.tagName === 'h2') child.tagName = 'h3';
        visit(child);
      }
    };
    visit(tree);
  };
}

function textOf(node: ElementContent): string {
  return node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function decoded(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/**
 * Each link leads where its writer meant (link-address.ts): "www.…" to the
 * web page, an email address to an email, a phone number to a call; one
 * that leads nowhere keeps its words without the link. A link whose words
 * were an image (removed) shows its address, so it is not an empty link a
 * screen reader cannot name.
 */
function rehypeEntryLinks() {
  const visit = (node: Root | Element) => {
    node.children = node.children.flatMap((child): typeof child[] => {
      if (child.type !== 'element') return [child];
      visit(child);
      if (child.tagName !== 'a') return [child];
      const href = child.properties['href'];
      const address = typeof href === 'string' ? linkAddress(decoded(href)) : { kind: 'nowhere' as const };
      if (address.kind === 'unsafe' || address.kind === 'nowhere' || address.kind === 'disguised') return child.children;
      child.properties['href'] = address.href;
      if (!child.children.map(textOf).join('').trim()) {
        child.children = [{ type: 'text', value: address.href.replace(/^(https:\/\/|mailto:|tel:)/, '') }];
      }
      return [child];
    }) as typeof node.children;
  };
  return (tree: Root) => visit(tree);
}

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Images would load from other hosts and so track readers.
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'input'].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ALLOWED_LINK_PROTOCOLS, src: [] },
  clobberPrefix: 'entry-',
};

const processor = unified()
  .use(remarkParse)
  .use(remarkTablesAndStrikethrough)
  .use(remarkRehype)
  .use(rehypeDemoteHeadings)
  .use(rehypeSanitize, schema)
  .use(rehypeEntryLinks)
  .use(rehypeStringify);

// Most bodies are plain paragraphs: letters, digits, spaces and everyday punctuation, none of
// which Markdown treats as syntax anywhere in a line, and no line that starts like a list item
// or ends in a space. For those the pipeline's answer is known without parsing; anything else
// takes the pipeline. (No "<" or "&" either, so nothing needs escaping.)
const PLAIN_CHARACTERS = /^[\p{L}\p{M}\p{N} \n.,;:'"?!()/%£$€@+\-–—‘’“”…]*$/u;
const LINE_NOT_PLAIN = /^(?:[ +-]|\d+[.)])| $/m;

/** False for text in which Markdown can find no HTML, image or link: it has no "<", "[" or "&". */
export function mayHoldMarkup(markdown: string): boolean {
  return !PLAIN_CHARACTERS.test(markdown);
}

/** The HTML of a body of plain paragraphs, or undefined when the body needs the Markdown pipeline. */
export function plainParagraphsHtml(markdown: string): string | undefined {
  if (mayHoldMarkup(markdown) || LINE_NOT_PLAIN.test(markdown)) return undefined;
  return markdown
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n');
}

/** The whole pipeline, whatever the body holds. */
export function renderMarkdownThroughPipeline(markdown: string): string {
  return String(processor.processSync(markdown));
}

export function renderMarkdown(markdown: string): string {
  return plainParagraphsHtml(markdown) ?? renderMarkdownThroughPipeline(markdown);
}
