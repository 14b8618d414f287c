/**
 * The workflow's steps, run locally in the same order on a fresh clone of the committed project: install, content
 * check with annotations, build, personal-data scan, fast tests. It proves the committed tree (not this working copy)
 * installs from the lockfile and passes every step; it cannot prove the host's runner or deploy credentials.
 * `test:fast` leaves this file out, so the clone does not recurse.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

const run = (cwd: string, cmd: string, args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['NODE_ENV']; // Vitest's NODE_ENV=test would make Astro build drafts; production would make npm skip devDependencies.
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'TEST') delete env[k];
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
};

describe('the workflow steps on a fresh clone', () => {
  it('npm ci, check with annotations, build, scan:dist and test:fast all succeed in that order', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'honor-roll-clone-')), 'site');
    expect(run(ROOT, 'git', ['clone', '-q', ROOT, dir]).status).toBe(0);
    const steps: [string, string[]][] = [
      ['npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']],
      ['npm', ['run', 'check', '--', '--format', 'github']],
      ['npm', ['run', 'build']],
      ['npm', ['run', 'scan:dist']],
      ['npm', ['run', 'test:fast']],
    ];
    for (const [cmd, args] of steps) {
      const r = run(dir, cmd, args);
      expect(r.status, `${cmd} ${args.join(' ')}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`).toBe(0);
      // The fast tests really ran in the clone (a passing count, none failed), not an empty selection.
      if (args[1] === 'test:fast') expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Tests\s+([1-9]\d*) passed/);
    }
    expect(existsSync(join(dir, 'dist/people/he-maodong/index.html'))).toBe(true);
  }, 900_000);
});
