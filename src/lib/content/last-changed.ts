/**
 * When each entry's file was last changed, from the repository's history:
 * the commit time of the newest commit that touched it. Read for every file
 * at once (a fixed handful of git calls whatever the number of entries).
 *
 * Without trustworthy history there is no date rather than a wrong one: a
 * plain folder, a shallow clone (every file would seem changed in its one
 * commit), a file never committed, or one with changes not yet committed.
 */
import { execFileSync } from 'node:child_process';
import { entryId } from './entry-id.ts';

const COMMIT = '\x01';

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * Parses `git log -z --format=%x01%cI --name-only`: each commit's time
 * marked by \x01, then the files it touched, newest commit first.
 */
export function parseNameLog(output: string): Map<string, string> {
  const latest = new Map<string, string>();
  let time = '';
  for (const raw of output.split('\0')) {
    const token = raw.replace(/^\n/, '');
    if (token.startsWith(COMMIT)) time = token.slice(1);
    else if (token && time && !latest.has(token)) latest.set(token, time);
  }
  return latest;
}

/** Entry id → ISO 8601 time of the last commit that changed its file, for the entries under `dir`. */
export function lastChangedById(dir: string): Map<string, string> {
  const byId = new Map<string, string>();
  if (git(dir, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return byId;
  const log = git(dir, ['log', '-z', `--format=%x01%cI`, '--name-only', '--relative', '--', '.']);
  const pending = git(dir, ['diff', '-z', '--name-only', '--relative', 'HEAD', '--', '.']);
  if (log === undefined || pending === undefined) return byId;
  const uncommitted = new Set(pending.split('\0').filter(Boolean));
  for (const [file, time] of parseNameLog(log)) {
    if (file.endsWith('.md') && !uncommitted.has(file)) byId.set(entryId(file), time);
  }
  return byId;
}

const memo = new Map<string, Map<string, string>>();

/** lastChangedById, once per folder per process: every page of a build shares it. */
export function lastChangedTimes(dir: string): Map<string, string> {
  let times = memo.get(dir);
  if (!times) memo.set(dir, (times = lastChangedById(dir)));
  return times;
}
