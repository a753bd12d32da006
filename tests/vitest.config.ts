import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Projects by what their tests need, so the quick ones can run alone (`npm test -- --project unit`).
export default defineConfig({
  test: {
    root,
    projects: [
      {
        // Pure: functions called in this process, files read; no child processes, builds or browser.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // The command-line scripts (validate, new, review-due, import), run as child processes.
        extends: true,
        test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        // Each file runs a real build (or the benchmark) of its own on a scratch content folder.
        extends: true,
        test: {
          name: 'scratch-build',
          include: ['tests/scratch-build/**/*.test.ts'],
          // One build at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        // The site built once from the sample plus hostile entries, checked as files and in Chromium.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'find',
          include: ['tests/find/**/*.test.ts'],
          globalSetup: ['tests/support/find-site.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
