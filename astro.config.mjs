// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { loadSettings } from './src/lib/content/settings.ts';
import { dataFilesIntegration } from './src/integrations/data-files.ts';

const settings = loadSettings();

export default defineConfig({
  site: settings.site_url,
  output: 'static',
  // OUT_DIR lets tests and benchmarks build beside the user's own dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Another content folder gets its own content cache, so switching back and
  // forth never serves one directory's entries from the other's cache.
  ...(process.env.CONTENT_DIR ? { cacheDir: path.join(path.resolve(process.env.CONTENT_DIR), '..', '.astro-cache') } : {}),
  trailingSlash: 'ignore',
  // Rendering several pages at once overlaps one page's file writes with the next page's work.
  build: { format: 'directory', concurrency: 4 },
  // A rebuild keeps each activity page whose cache key (src/lib/content/page-key.ts) and
  // code are unchanged. The output folder is not emptied first: the data-file integration
  // checks it is the last build's and removes what this build did not write
  // (src/integrations/kept-output.ts).
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
  // Preact with its React compatibility layer: the islands keep React-style code
  // at a fraction of React DOM's weight (the search page's 80 kB JavaScript budget).
  // Babel only sees the islands' JSX: left to its default it would also parse and reprint
  // every plain .ts module of the site, which Vite already compiles.
  integrations: [preact({ compat: true, include: [/\.tsx$/] }), dataFilesIntegration()],
  // The contributor guide's code blocks stay plain: highlighting adds inline styles.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A strict Content Security Policy in every page: only this site's own files,
  // scripts and styles by hash, no inline code, and WebAssembly for Pagefind.
  // Headers a <meta> cannot carry (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
