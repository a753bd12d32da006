/** The Content Security Policy in every built page, and the headers file for static hosts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from '../support/site.ts';
import { builtHtmlFiles, parsePage, selectAll } from '../support/html.ts';

function policy(file: string): Map<string, string[]> {
  const metas = selectAll('meta[http-equiv="content-security-policy"]', parsePage(file));
  expect(metas.length, file).toBe(1);
  return new Map(
    String(metas[0]!.properties['content'])
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content Security Policy', () => {
  it('is strict on every page: only this site, hashes for inline code, no unsafe-inline or eval', () => {
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const csp = policy(file);
      expect(csp.get('default-src'), file).toEqual(["'self'"]);
      expect(csp.get('object-src'), file).toEqual(["'none'"]);
      expect(csp.get('base-uri'), file).toEqual(["'self'"]);
      const script = csp.get('script-src') ?? [];
      const style = csp.get('style-src') ?? [];
      expect(script.slice(0, 2), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      for (const source of [...script.slice(2), ...style.slice(1)]) expect(source, file).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
      expect([...csp.values()].flat().filter((v) => /^'unsafe-(inline|eval|hashes)'$|\*|^http:/.test(v)), file).toEqual([]);
    }
  });

  it('sends the headers a <meta> cannot, from the static hosts’ headers file', () => {
    const headers = readFileSync(path.join(TEST_DIST, '_headers'), 'utf8');
    const all = headers.slice(headers.indexOf('/*\n'), headers.indexOf('\n\n', headers.indexOf('/*\n')));
    expect(all).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(all).toContain('Referrer-Policy: no-referrer');
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toMatch(/Permissions-Policy: geolocation=\(self\)/);
  });
});
