/**
 * Writes an entry back out as the Markdown file a contributor would have
 * written by hand: front matter in the schema's field order, short lists
 * inline (`byday: [TU]`), and anything YAML could misread quoted. The
 * comment at the top of the front matter (a group's note, the sample's
 * "FICTIONAL" marker) is read here too, so an update can keep it.
 */
import { Document, isScalar, visit } from 'yaml';

export function entryToMarkdown(frontMatter: Record<string, unknown>, body: string, headerComment?: string): string {
  // YAML 1.1 rules quote more: "10:00", "yes" and dates stay strings for any reader.
  const doc = new Document(frontMatter, { version: '1.1' });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  if (headerComment) doc.commentBefore = headerComment.split('\n').map((l) => ` ${l}`).join('\n');
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `${text}\n` : ''}`;
}

/** The comment lines before the front matter's first field, without their "#", or undefined when there are none. */
export function readHeaderComment(frontMatter: string): string | undefined {
  const lines: string[] = [];
  for (const line of frontMatter.split(/\r?\n/)) {
    if (/^\s*#/.test(line)) lines.push(line.replace(/^\s*# ?/, '').trimEnd());
    else if (line.trim() !== '') break;
  }
  return lines.length ? lines.join('\n') : undefined;
}
