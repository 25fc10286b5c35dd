import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPssBytes, chromiumRssBytes, commandOf, descendantRssBytes } from '../../../scripts/bench/process-tree';

/** `sleep` under another name: the kernel names a process after the file it runs. */
function sleeperNamed(name: string): ChildProcess {
  const path = join(mkdtempSync(join(tmpdir(), 'process-tree-')), name);
  copyFileSync('/bin/sleep', path);
  return spawn(path, ['30'], { stdio: 'ignore' });
}

async function started(child: ChildProcess): Promise<number> {
  await new Promise<void>((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  return child.pid!;
}

describe('memory of the process tree', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  it('counts Chromium processes below us and leaves out our other helpers', async () => {
    const helper = sleeperNamed('esbuild');
    const browser = sleeperNamed('chromium');
    children.push(helper, browser);
    const [helperPid, browserPid] = await Promise.all([started(helper), started(browser)]);
    expect([commandOf(helperPid), commandOf(browserPid)]).toEqual(['esbuild', 'chromium']);
    const everything = descendantRssBytes(process.pid);
    const chromium = chromiumRssBytes(process.pid);
    expect(chromium).toBeGreaterThan(0);
    expect(everything).toBeGreaterThan(chromium);
    expect(chromiumPssBytes(process.pid)).toBeGreaterThan(0);
  });

  it('counts nothing when no Chromium runs below us', async () => {
    const helper = sleeperNamed('esbuild');
    children.push(helper);
    await started(helper);
    expect(descendantRssBytes(process.pid)).toBeGreaterThan(0);
    expect(chromiumRssBytes(process.pid)).toBe(0);
  });
});
