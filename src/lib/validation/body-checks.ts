/**
 * Checks on an entry's Markdown body. The site strips raw HTML and unsafe
 * links anyway (src/lib/content/markdown.ts); these checks tell the contributor, so
 * nothing they wrote vanishes without a word.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { mayHoldMarkup } from '../content/markdown.ts';
import { linkAddress } from '../content/link-address.ts';
import { remarkTablesAndStrikethrough } from '../content/markdown-syntax.ts';
import { DIRECTION_CONTROL, INVISIBLE_CONTROL } from './invisible-characters.ts';
import { topLevelFieldNames } from './entry-fields.ts';

export interface BodyFinding {
  line: number;
  column: number;
  message: string;
  fix: string;
  /** Said, but the entry is published as it is: an error unless this says otherwise. */
  severity?: 'warning';
}

const parser = unified().use(remarkParse).use(remarkTablesAndStrikethrough);

const HTML_FIX = 'Use Markdown instead: **bold**, *italic*, [link text](https://example.org), "- " for a list.';

function walk(node: Root | RootContent, visit: (n: RootContent) => void) {
  if ('children' in node) {
    for (const child of node.children as RootContent[]) {
      visit(child);
      walk(child, visit);
    }
  }
}

let fieldLine: RegExp | undefined;

/**
 * Lines of the description that start as a field of the entry does ("status: paused"). Below
 * the closing --- a field is description: the page shows it as text and the field keeps its
 * old value, so a paused activity would still show as running. Only the schema's own
 * top-level names count, as written, so "Note: bring water" stays prose.
 */
export function fieldsBelowClose(markdown: string): BodyFinding[] {
  fieldLine ??= new RegExp(`^(${topLevelFieldNames().join('|')}):(?:\\s|$)`);
  return markdown.split('\n').flatMap((line, i) => {
    const name = fieldLine!.exec(line)?.[1];
    if (!name) return [];
    const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line.trimEnd();
    return [{
      line: i + 1, column: 1,
      message: `"${shown}" is below the closing --- of the fields, so it is read as description: the page shows it as text, not as ${name}.`,
      fix: 'Move the line above the closing ---, with the other fields.',
    }];
  });
}

export function checkBody(markdown: string): BodyFinding[] {
  const findings: BodyFinding[] = fieldsBelowClose(markdown);
  const code = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  markdown.split('\n').forEach((line, i) => {
    const found = INVISIBLE_CONTROL.exec(line);
    if (found) {
      findings.push({
        line: i + 1, column: found.index + 1,
        message: `The description has an invisible control character (${code(found[0])}) here.`,
        fix: 'Delete it: retype the text around it, or paste it again as plain text. Such characters come from copying out of a word processor or a PDF, and pages cannot show them.',
      });
    }
    const turned = DIRECTION_CONTROL.exec(line);
    if (turned) {
      findings.push({
        line: i + 1, column: turned.index + 1,
        message: `The description has an invisible character (${code(turned[0])}) here that turns the direction of the text after it, so it reads other than it is.`,
        fix: 'Delete it and retype the text around it. Right-to-left writing shows the right way without it.',
      });
    }
  });
  // Most bodies are plain prose, and the validator checks every one: no need to parse those.
  if (!mayHoldMarkup(markdown)) return findings;
  const tree = parser.parse(markdown);
  // Where the parser found HTML, so what only looks like a tag is told apart below.
  const htmlSpans: [number, number][] = [];
  walk(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'html') htmlSpans.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
    // "[ring us](0113 496 0123)": Markdown takes no address with a space in it, so it stays text, brackets and all.
    // Where in the file a match in a text node's value starts.
    const within = (value: string, index: number) => {
      const before = value.slice(0, index);
      return {
        line: start.line + before.split('\n').length - 1,
        column: before.includes('\n') ? index - before.lastIndexOf('\n') : start.column + index,
      };
    };
    if (node.type === 'text') {
      for (const found of node.value.matchAll(FOOTNOTE)) findings.push({ ...within(node.value, found.index), ...footnote(found[0]) });
      for (const found of node.value.matchAll(SPACED_LINK)) {
        const address = linkAddress(found[2]!);
        findings.push({
          ...within(node.value, found.index),
          message: `The link "${found[0].slice(0, 60)}" has a space in its address, so the page shows it as written, brackets and all.`,
          fix: address.kind === 'unwritten' || address.kind === 'allowed' ? `Write it as [${found[1]}](${address.href}).` : 'Write the address with no spaces, starting with https://, mailto: or tel:.',
        });
      }
    }
    if (node.type === 'html') {
      const html = node.value.trim();
      // An HTML comment is harmless and sometimes used for notes to reviewers.
      if (ONE_COMMENT.test(html)) return;
      // Markdown takes the whole line a comment starts as HTML, so words after it go with it.
      if (html.startsWith('<!--')) {
        const words = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/\s+/g, ' ').trim();
        if (!words) return;
        findings.push({
          line: start.line, column: start.column,
          message: `The words "${words.slice(0, 60)}" are on the same line as an HTML comment (<!-- … -->), so the page leaves them out with the comment.`,
          fix: 'Put the comment on a line of its own, or delete it.',
        });
        return;
      }
      findings.push({
        line: start.line, column: start.column,
        message: `The description contains HTML (${node.value.trim().slice(0, 40)}), which is removed from the page.`,
        fix: HTML_FIX,
      });
    }
    // "[^1]: https://…" is a link's address to CommonMark, and "[^1]" a link to it.
    if ((node.type === 'definition' || node.type === 'linkReference') && node.label?.startsWith('^')) {
      findings.push({ line: start.line, column: start.column, ...footnote(`[${node.label}]`) });
    }
    // "![alt][ref]" is an image as much as "![alt](url)" is.
    if (node.type === 'image' || node.type === 'imageReference') {
      findings.push({
        line: start.line, column: start.column,
        message: 'The description contains an image, which is not shown.',
        fix: 'Remove it: images from other sites would let them track readers.',
      });
    } else if (node.type === 'link' || node.type === 'definition') {
      const address = linkAddress(node.url);
      const shown = node.url.slice(0, 60);
      if (address.kind === 'unsafe') {
        findings.push({ line: start.line, column: start.column, message: `The link "${shown}" is not allowed.`, fix: 'Links must start with https://, mailto: or tel:.' });
      } else if (address.kind === 'unwritten') {
        findings.push({
          line: start.line, column: start.column,
          message: `The link "${shown}" needs "${/^[a-z]+:(\/\/)?/.exec(address.href)![0]}" at the start.`,
          fix: `Write it as ${address.href}, which is where the page's link goes until then.`,
        });
      } else if (address.kind === 'disguised') {
        const named = /\./.test(address.user) ? `, not ${address.user}` : '';
        findings.push({
          line: start.line, column: start.column,
          message: `The link "${shown}" sends people to ${address.host}${named}: the part before "@" is a user name, so the page shows its words without a link.`,
          fix: 'Write the address of the page people should open, with nothing between https:// and the site\'s name.',
        });
      } else if (address.kind === 'nowhere') {
        findings.push({
          line: start.line, column: start.column,
          message: `The link "${shown}" is not a web address, email address or phone number, so the page shows its words without a link.`,
          fix: 'Give the full web address, starting with https://, or remove the link.',
        });
      }
    }
  });
  // A tag this parser reads as text ("<img src=https://…/p.png onerror=…>", an unquoted "/" in it;
  // one in a code span or after a "\\") is a live tag to other Markdown renderers, such as a feed's.
  for (const found of markdown.matchAll(TAG_START)) {
    const at = found.index;
    if (htmlSpans.some(([from, to]) => at >= from && at < to)) continue;
    const before = markdown.slice(0, at);
    const line = before.split('\n').length;
    findings.push({
      line, column: at - before.lastIndexOf('\n'),
      message: `The description contains what looks like HTML (${markdown.slice(at, at + 40).split('\n')[0]}), which the page shows as text and the open data feed leaves out.`,
      fix: HTML_FIX,
    });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A footnote's mark, "[^1]", where it is referred to and where its note starts. */
const FOOTNOTE = /\[\^[^\]\s]+\]/g;

/** What to say of footnote `mark`: GitHub's preview shows footnotes, and the page does not. */
function footnote(mark: string): Omit<BodyFinding, 'line' | 'column'> {
  return {
    severity: 'warning',
    message: `"${mark}" is a footnote, which the page shows as written, brackets and all: it has no footnotes.`,
    fix: `Put the note in brackets where "${mark}" is, such as "Bring water (there is a tap at the café)", and delete the line that starts "${mark}:".`,
  };
}

/** One HTML comment and nothing else: "<!-- a --> Tea <!-- b -->" is two, with words between. */
const ONE_COMMENT = /^<!--(?:(?!-->)[\s\S])*-->$/;

/** Link text in brackets and an address with a space in it, which Markdown leaves as text. */
const SPACED_LINK = /\[([^\]\n]+)\]\(([^()\n]*\s[^()\n]*)\)/g;

/** The start of an HTML tag, a comment or a declaration: "<img ", "</a>", "<!--". */
const TAG_START = /<(?:\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])|!--|![A-Za-z])/g;
