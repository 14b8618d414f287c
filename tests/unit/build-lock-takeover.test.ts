/** The build lock waits for a live holder, and is taken over at once when its holder process is gone (a killed run). */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBuildLock } from '../support/build-site.ts';

const SUPPORT = new URL('../support/build-site.ts', import.meta.url).href;

describe('the build lock', () => {
  it('is not taken while its holder lives, and is taken as soon as the holder is killed', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'honor-roll-lock-')), 'build.lock');
    // Another process takes the lock and keeps it until it is killed.
    const holder = spawn(process.execPath, ['--input-type=module', '-e',
      `const { withBuildLock } = await import(${JSON.stringify(SUPPORT)});
       await withBuildLock(() => { console.log('taken'); return new Promise(() => setInterval(() => {}, 1000)); }, ${JSON.stringify(lock)});`],
    { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('taken') && resolve()));
      let got = false;
      const waiting = withBuildLock(async () => (got = true), lock);
      await new Promise((r) => setTimeout(r, 1500));
      expect(got, 'the lock of a live holder was taken').toBe(false);
      holder.kill('SIGKILL');
      await waiting;
      expect(got).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
