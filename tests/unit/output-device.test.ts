import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDeviceProblem } from '../../src/integrations/output-device.ts';

const project = path.resolve(import.meta.dirname, '..', '..');

describe('outputDeviceProblem (an OUT_DIR Astro cannot move its files into)', () => {
  it('accepts an output folder inside the project, or outside it on the same filesystem, built or not', () => {
    expect(outputDeviceProblem(path.join(project, 'dist'), project)).toBeUndefined();
    // Beside the checkout, on its filesystem; not built yet, so its nearest existing folder counts.
    const beside = path.dirname(project);
    expect(statSync(beside).dev).toBe(statSync(project).dev);
    expect(outputDeviceProblem(path.join(beside, 'no-such-folder', 'dist'), project)).toBeUndefined();
  });

  it('names the folder, the reason and the way out when the output folder is on another filesystem', () => {
    // /proc is its own filesystem on every Linux machine; the output folder need not exist.
    const elsewhere = '/proc/no-such-folder/dist';
    expect(statSync('/proc').dev).not.toBe(statSync(project).dev);
    const problem = outputDeviceProblem(elsewhere, project);
    expect(problem).toContain(elsewhere);
    expect(problem).toMatch(/different filesystem/);
    expect(problem).toMatch(/same disk as the project/);
  });
});
