/**
 * Runs a command and measures it as a whole: wall time, and peak resident
 * memory of the command and every process it starts, summed. A build is
 * several processes (npm's runner, Node, Pagefind's native binary), and what
 * matters on a CI runner is what they hold together, which `time -v` (the
 * largest single process) does not show. Linux only: it reads /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const SAMPLE_EVERY_MS = 200;

export interface Measured {
  seconds: number;
  peakRssBytes: number;
  exitCode: number | null;
}

/** pid → [parent pid, resident bytes] for every process now running. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself contain spaces and brackets.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), [Number(fields[1]), Number(fields[21]) * PAGE_BYTES]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

export function treeRss(rootPid: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [parent]] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    total += table.get(pid)?.[1] ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` with its output going to `logFile`. */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile);
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, SAMPLE_EVERY_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      log.end();
      resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, exitCode });
    });
  });
}
