import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainParagraphsHtml, renderMarkdown, renderMarkdownThroughPipeline } from '../../src/lib/content/markdown.ts';
import { checkBody } from '../../src/lib/validation/body-checks.ts';

describe('rendering an entry body', () => {
  it('keeps ordinary Markdown: paragraphs, emphasis, lists and safe links', () => {
    const html = renderMarkdown('Hello **there**.\n\n- one\n- two\n\n[Site](https://example.org) [Call](tel:02079460000) [Mail](mailto:a@example.org)');
    expect(html).toContain('<strong>there</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org">Site</a>');
    expect(html).toContain('<a href="tel:02079460000">Call</a>');
    expect(html).toContain('<a href="mailto:a@example.org">Mail</a>');
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src=x onerror="alert(1)">', /onerror|<img/i],
    ['an event handler on an allowed tag', '<p onclick="alert(1)">hi</p>', /onclick/i],
    ['a javascript: link', '[x](javascript:alert(1))', /javascript:/i],
    ['a javascript: link in raw HTML', '<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:/i],
    ['an iframe', '<iframe src="https://evil.example.org"></iframe>', /<iframe/i],
    ['a style block', '<style>body{display:none}</style>', /<style/i],
    ['an image that would track the reader', '![x](https://tracker.example.org/p.gif)', /<img/i],
    ['a plain http link', '[x](http://example.org)', /href="http:/i],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example.org">', /<meta/i],
    ['a script in a table cell', '| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |', /<script|<img|onerror/i],
    ['a javascript: link in a table cell or struck through', '| a |\n|---|\n| [x](javascript:alert(1)) |\n\n~~[y](javascript:alert(1))~~', /javascript:/i],
  ])('removes %s', (_name, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it('links an address written without its start where it was meant to go, and keeps the words of a link that leads nowhere', () => {
    expect(renderMarkdown('[our website](www.friends.example.org/walks)')).toBe('<p><a href="https://www.friends.example.org/walks">our website</a></p>');
    expect(renderMarkdown('[email Pat](pat@friends.example.org)')).toBe('<p><a href="mailto:pat@friends.example.org">email Pat</a></p>');
    expect(renderMarkdown('[ring us](<0113 496 0123>)')).toBe('<p><a href="tel:01134960123">ring us</a></p>');
    expect(renderMarkdown('[photos](//photos.example.com/album)')).toBe('<p><a href="https://photos.example.com/album">photos</a></p>');
    expect(renderMarkdown('[see the poster](poster.pdf) and [more](our website)')).toBe('<p>see the poster and [more](our website)</p>');
    expect(renderMarkdown('[other walks](/categories/walking/)')).toBe('<p><a href="/categories/walking/">other walks</a></p>');
    // A browser reads "/\\" as "//": another site, written without its start.
    expect(renderMarkdown('[our timetable](/\\evil.example.com/timetable)')).toBe('<p><a href="https://evil.example.com/timetable">our timetable</a></p>');
  });

  it('gives a link whose words were an image its address, not an empty link', () => {
    expect(renderMarkdown('[![badge](https://tracker.example.org/b.png)](https://friends.example.org)')).toBe('<p><a href="https://friends.example.org">friends.example.org</a></p>');
  });

  it('renders tables and strikethrough as GitHub’s preview does, and leaves footnotes, task lists and bare addresses as written', () => {
    expect(renderMarkdown('| Day | Time |\n|:----|----:|\n| Tuesday | ~~10:00~~ 10:30 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Day</th>\n<th align="right">Time</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">Tuesday</td>\n<td align="right"><del>10:00</del> 10:30</td>\n</tr>\n</tbody>\n</table>',
    );
    expect(renderMarkdown('Bring water[^1].\n\n[^1]: From the café.\n\n- [ ] Sign in\n\nSee www.friends.example.org or https://friends.example.org.')).toBe(
      '<p>Bring water[^1].</p>\n<p>[^1]: From the café.</p>\n<ul>\n<li>[ ] Sign in</li>\n</ul>\n<p>See www.friends.example.org or https://friends.example.org.</p>',
    );
    // A single tilde means about, not struck through.
    expect(renderMarkdown('Usually ~10 to ~15 people come.')).toBe('<p>Usually ~10 to ~15 people come.</p>');
  });

  it('turns headings into h3 so they sit under the page’s own sections', () => {
    expect(renderMarkdown('# Big\n\n## Smaller\n\n### Same')).toBe('<h3>Big</h3>\n<h3>Smaller</h3>\n<h3>Same</h3>');
  });
});

describe('plain paragraphs, rendered without the Markdown pipeline', () => {
  const full = (markdown: string) => String(renderMarkdownThroughPipeline(markdown));
  // Everyday prose characters beside every character that is Markdown syntax somewhere, and odd whitespace.
  const anyCharacter = fc.constantFrom(
    'a', 'B', 'é', 'ß', '1', '0', ' ', ' ', '\n', '\n', '.', ',', ')', '(', '-', '+', '*', '_', '#', '>', '<', '&', '[', ']', '!',
    '`', '~', '\\', '=', '|', ':', '"', "'", '£', '’', '–', '\t', '\r', '\u00a0', '😀', 'x', 'y', 'z',
  );
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'Z', '1', '9'), minLength: 1, maxLength: 6 });
  const punctuation = fc.constantFrom('', '.', ',', '?', '!', ':', ';', '’s', ')', '-', '…', '£', '%');
  const line = fc.array(fc.tuple(word, punctuation), { minLength: 1, maxLength: 8 }).map((words) => words.map(([w, p]) => w + p).join(' '));
  const prose = fc.array(fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')), { minLength: 1, maxLength: 4 })
    .chain((paragraphs) => fc.constantFrom('\n\n', '\n\n\n').map((gap) => paragraphs.join(gap)));

  it('gives exactly what the pipeline gives, or leaves the body to the pipeline', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCharacter, maxLength: 60 }), (markdown) => {
        const plain = plainParagraphsHtml(markdown);
        if (plain !== undefined) expect(plain).toBe(full(markdown));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes ordinary prose, paragraphs and line breaks included, and renders it as the pipeline does', () => {
    fc.assert(
      fc.property(prose, (markdown) => {
        // A line such as "1. a" or "9) b" is a list item, so such bodies rightly go to the pipeline.
        fc.pre(!/^\d+[.)]/m.test(markdown));
        expect(plainParagraphsHtml(markdown)).toBe(full(markdown));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves Markdown syntax to the pipeline', () => {
    for (const markdown of ['**bold**', '- item', '1. item', '# Heading', 'text  \nhard break', '<b>x</b>', 'a & b', '[x](https://example.org)', '    code', 'Title\n===', '> quote'])
      expect(plainParagraphsHtml(markdown), markdown).toBeUndefined();
  });
});

describe('a description link whose user name names another site', () => {
  it('is shown as its words without a link, and the validator says where it leads', () => {
    expect(renderMarkdown('See [the NHS page](https://nhs.uk@evil.example/walks).')).toBe('<p>See the NHS page.</p>');
    const [problem] = checkBody('See [the NHS page](https://nhs.uk@evil.example/walks).');
    expect(problem?.message).toBe('The link "https://nhs.uk@evil.example/walks" sends people to evil.example, not nhs.uk: the part before "@" is a user name, so the page shows its words without a link.');
  });
});
