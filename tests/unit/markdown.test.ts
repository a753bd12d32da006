import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/content/markdown.ts';

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
  ])('removes %s', (_name, markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it('turns headings into h3 so they sit under the page’s own sections', () => {
    expect(renderMarkdown('# Big\n\n## Smaller\n\n### Same')).toBe('<h3>Big</h3>\n<h3>Smaller</h3>\n<h3>Same</h3>');
  });
});
