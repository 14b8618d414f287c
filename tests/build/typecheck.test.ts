/** `astro check` (Astro files) and `tsc` (scripts, tests, config) report 0 errors and 0 warnings. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';
import { withBuildLock } from '../support/build-site.ts';

const run = (bin: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, bin), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

describe('types', () => {
  it('astro check finds 0 errors, 0 warnings and 0 hints', async () => {
    // astro check writes the project's .astro/ folder too, so it waits its turn with the test builds.
    const r = await withBuildLock(async () => run('node_modules/astro/bin/astro.mjs', ['check']));
    const out = r.stdout + r.stderr;
    expect(out, out).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
    expect(r.status).toBe(0);
  }, 240_000);
  it('tsc finds no error in scripts, tests and config', () => {
    const r = run('node_modules/typescript/bin/tsc', ['--noEmit', '-p', '.']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 240_000);
});
