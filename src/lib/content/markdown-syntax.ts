/**
 * The GitHub Markdown beyond CommonMark that entries may use: tables and ~~strikethrough~~
 * (two tildes only),
 * which contributors see rendered in a pull request's preview and would otherwise find as
 * pipes and tildes on the page. The page (markdown.ts) and the validator (body-checks.ts)
 * read a body with the same syntax, so what the validator finds is what the page shows.
 *
 * Left out of GitHub's set: bare addresses made into links (GitHub links "www.…" as http:,
 * which an entry's links may not be, and markdown.ts renders a body of plain paragraphs
 * without parsing it, so they would be links in some bodies and not others); footnotes (the
 * validator says to write the note where it belongs); task lists (a checkbox is a form
 * control, which the page does not take).
 */
import type { Processor } from 'unified';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

/** A unified plugin, used after remark-parse. */
export function remarkTablesAndStrikethrough(this: Processor): void {
  const data = this.data();
  // Only ~~two~~ strike through: volunteers write a single "~" to mean about ("~10 to ~15 people").
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}
