/**
 * The workflow's steps, in the workflow's own order, on a fresh clone of the committed project: the lockfile matches
 * package.json (what `npm ci` needs), content check with annotations, build, personal-data scan, and the fast tests'
 * selection. It proves the committed tree (not this working copy) passes every step; it cannot prove the host's
 * runner or deploy credentials.
 *
 * Two steps are rehearsed, not repeated: `npm ci` is checked with `--dry-run` and the clone then uses this checkout's
 * node_modules (`.ci/run` itself installs with `npm ci` on a fresh clone), and `test:fast` is listed, not run (no test
 * suite inside the test suite: the run that runs this file runs the fast tests too).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/paths.ts';

const STEPS = ['npm ci', 'npm run check -- --format github', 'npm run build', 'npm run scan:dist', 'npm run test:fast'];

/** The `run:` lines of the build job that are one of STEPS, in the order the workflow runs them. */
function workflowSteps(file: string): string[] {
  const wf = parse(readFileSync(join(ROOT, file), 'utf8')) as { jobs: Record<string, { steps?: { run?: string }[] }> };
  const runs = (wf.jobs['build']?.steps ?? []).flatMap((s) => (s.run ? s.run.split('\n').map((l) => l.trim()) : []));
  return runs.filter((r) => STEPS.includes(r));
}

const run = (cwd: string, cmd: string, args: string[], extra: Record<string, string> = {}) => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env['NODE_ENV']; // Vitest's NODE_ENV=test would make Astro build drafts; production would make npm skip devDependencies.
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'TEST') delete env[k];
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
};
const shown = (r: ReturnType<typeof run>) => `${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`;

describe('the workflow steps', () => {
  for (const file of ['.github/workflows/site.yml', '.gitea/workflows/site.yml']) {
    it(`${file} installs, checks, builds, scans and runs the fast tests, in that order`, () => {
      expect(workflowSteps(file)).toEqual(STEPS);
    });
  }

  it('all succeed in that order on a fresh clone of the committed project', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'honor-roll-clone-')), 'site');
    expect(run(ROOT, 'git', ['clone', '-q', ROOT, dir]).status).toBe(0);
    // The clone's build cache stays in the clone's temp folder, not in this checkout's node_modules/.astro.
    const env = { HONOR_ROLL_CACHE_DIR: join(dir, '..', 'cache') };
    for (const step of workflowSteps('.github/workflows/site.yml')) {
      if (step === 'npm ci') {
        const r = run(dir, 'npm', ['ci', '--dry-run', '--prefer-offline', '--no-audit', '--no-fund']);
        expect(r.status, `npm ci --dry-run\n${shown(r)}`).toBe(0);
        symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      } else if (step === 'npm run test:fast') {
        const script = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['test:fast']!;
        expect(script).toMatch(/^vitest run /);
        const r = run(dir, 'npx', ['vitest', 'list', '--filesOnly', ...script.split(' ').slice(2)], env);
        expect(r.status, `test:fast (listed)\n${shown(r)}`).toBe(0);
        expect(r.stdout).toMatch(/tests\/unit\/\S+\.test\.ts/);
      } else {
        const r = run(dir, 'sh', ['-c', step], env);
        expect(r.status, `${step}\n${shown(r)}`).toBe(0);
      }
    }
    expect(existsSync(join(dir, 'dist/people/he-maodong/index.html'))).toBe(true);
  }, 600_000);
});
