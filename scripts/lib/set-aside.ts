/**
 * Earlier builds moved out of the way rather than deleted, and deleted
 * together once the benchmark has finished measuring.
 *
 * Why: on a filesystem such as ext4 without a journal, the kernel placing a
 * new file steps over every inode freed in the last few minutes, one at a
 * time, so a build started straight after deleting the last one (hundreds of
 * thousands of files) spends much of its time in the kernel. A fresh CI
 * checkout has nothing recently deleted; renaming within the filesystem
 * frees no inode, so each cold build, ours and Hugo's alike, starts as one
 * there would.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface SetAside {
  /** Moves `target` (a file or folder on the same filesystem) aside, if it exists. */
  move(target: string): void;
  /** Deletes everything moved aside. */
  clear(): void;
}

/** Keeps what is moved aside in `folder`, which is emptied first if an earlier run left it. */
export function setAsideIn(folder: string): SetAside {
  rmSync(folder, { recursive: true, force: true });
  let moved = 0;
  return {
    move(target) {
      if (!existsSync(target)) return;
      mkdirSync(folder, { recursive: true });
      renameSync(target, path.join(folder, `${++moved}-${path.basename(target)}`));
    },
    clear() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** What a one-off build does with the last build: delete it now. */
export const deleteNow = (target: string): void => rmSync(target, { recursive: true, force: true });
