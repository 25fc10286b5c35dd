/**
 * Memory and CPU time of a whole process tree, read from /proc (Linux only). Chromium spreads one
 * tab over a browser, a renderer, a GPU and utility processes, and DuckDB-WASM lives in the
 * renderer, so only the sum over the tree says what the app costs the machine.
 */
import { readFileSync, readdirSync } from 'node:fs';

/**
 * Sum of resident set sizes of every process below `rootPid` (not the root itself). Pages shared
 * between the processes are counted once per process, so this overstates the total somewhat.
 * Cheap enough (well under 1 ms) to sample every 100 ms.
 */
export function descendantRssBytes(rootPid: number): number {
  return sumOver(descendantsOf(rootPid), rssBytesOf);
}

/**
 * The same for Chromium's processes only: the benchmark's own helpers below it (tsx's esbuild
 * service, about 30 MB) are not the app's memory.
 */
export function chromiumRssBytes(rootPid: number): number {
  return sumOver(chromiumProcessesBelow(rootPid), rssBytesOf);
}

/**
 * Sum of proportional set sizes of Chromium's processes below `rootPid`: shared pages are split
 * between their users, so nothing is counted twice. Costs ~20 ms for Chromium's tree (the kernel
 * walks every mapping), which on a 2-core machine would slow the app if sampled as often as RSS.
 */
export function chromiumPssBytes(rootPid: number): number {
  return sumOver(chromiumProcessesBelow(rootPid), (pid) => kilobytesField(readProcFile(`/proc/${pid}/smaps_rollup`), 'Pss') * 1024);
}

/** Chromium names its processes after its executable: Debian's `chromium`, Google's `chrome`. */
const CHROMIUM_COMMAND = /^(chromium|chrome|headless_shell)$/;

export function chromiumProcessesBelow(rootPid: number): number[] {
  return descendantsOf(rootPid).filter((pid) => CHROMIUM_COMMAND.test(commandOf(pid) ?? ''));
}

export function rssBytesOf(pid: number): number {
  return kilobytesField(readProcFile(`/proc/${pid}/status`), 'VmRSS') * 1024;
}

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ, fixed at 100 on every common build). */
const MS_PER_CLOCK_TICK = 10;

/**
 * User + system CPU time used so far by every process below `rootPid`, in milliseconds. Includes
 * the time of exited children their parent has reaped, so a closed tab's renderer still counts.
 */
export function descendantCpuMs(rootPid: number): number {
  return sumOver(descendantsOf(rootPid), (pid) => {
    const fields = statFields(pid);
    if (!fields) return 0;
    // utime, stime, cutime, cstime are fields 14–17 of /proc/<pid>/stat.
    const ticks = [14, 15, 16, 17].reduce((sum, field) => sum + Number(fields[field - 3]), 0);
    return ticks * MS_PER_CLOCK_TICK;
  });
}

/** CPU time the whole machine has spent busy (all cores, anything but idle and I/O wait), in ms. */
export function machineBusyCpuMs(): number {
  const [, ...ticks] = (readProcFile('/proc/stat') ?? '').split('\n')[0].trim().split(/\s+/).map(Number);
  // /proc/stat's first line: user nice system idle iowait irq softirq steal (guest time is already in user).
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  return (user + nice + system + irq + softirq + steal) * MS_PER_CLOCK_TICK;
}

function sumOver(pids: readonly number[], bytesOf: (pid: number) => number): number {
  return pids.reduce((sum, pid) => sum + bytesOf(pid), 0);
}

function descendantsOf(rootPid: number): number[] {
  const children = childrenByParent();
  const found: number[] = [];
  const pending = [...(children.get(rootPid) ?? [])];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    found.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return found;
}

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent === undefined) continue;
    const siblings = children.get(parent) ?? [];
    siblings.push(Number(entry));
    children.set(parent, siblings);
  }
  return children;
}

function parentOf(pid: number): number | undefined {
  const fields = statFields(pid);
  // The parent pid is field 4 of /proc/<pid>/stat.
  return fields ? Number(fields[4 - 3]) : undefined;
}

/** Field 2 of /proc/<pid>/stat, the command name, without its parentheses. */
export function commandOf(pid: number): string | undefined {
  const stat = readProcFile(`/proc/${pid}/stat`);
  return stat?.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

/** /proc/<pid>/stat from field 3 on (index 0 is field 3, the state). */
function statFields(pid: number): string[] | undefined {
  const stat = readProcFile(`/proc/${pid}/stat`);
  // Field 2, the command name, may itself contain spaces and parentheses; after the last ')' the
  // fields are plain and space-separated.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** A "Name:   1234 kB" line; 0 when the file or line is missing (the process has exited). */
function kilobytesField(text: string | undefined, name: string): number {
  if (text === undefined) return 0;
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

function readProcFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process is gone, which is normal for short-lived helpers
  }
}
