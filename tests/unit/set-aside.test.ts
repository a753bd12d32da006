import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAsideIn } from '../../scripts/lib/set-aside.ts';
import { scratchDir } from '../support/scratch.ts';

describe('setAsideIn (the benchmark\'s earlier builds)', () => {
  it('moves folders aside without deleting them, keeps two of the same name apart, and deletes them all at the end', () => {
    const root = scratchDir('set-aside');
    const folder = path.join(root, 'aside');
    const setAside = setAsideIn(folder);
    for (const round of [1, 2]) {
      mkdirSync(path.join(root, 'dist'), { recursive: true });
      writeFileSync(path.join(root, 'dist', 'index.html'), `round ${round}`);
      setAside.move(path.join(root, 'dist'));
      expect(existsSync(path.join(root, 'dist'))).toBe(false);
    }
    setAside.move(path.join(root, 'never-built'));
    const moved = readdirSync(folder).sort();
    expect(moved).toHaveLength(2);
    expect(moved.map((name) => readFileSync(path.join(folder, name, 'index.html'), 'utf8'))).toEqual(['round 1', 'round 2']);
    setAside.clear();
    expect(existsSync(folder)).toBe(false);
  });

  it('empties a folder an interrupted run left behind', () => {
    const root = scratchDir('set-aside');
    mkdirSync(path.join(root, 'aside', '1-dist'), { recursive: true });
    setAsideIn(path.join(root, 'aside'));
    expect(existsSync(path.join(root, 'aside'))).toBe(false);
  });
});
