/** Publishing through git: workflows call real npm scripts, the checker annotates lines, dates come from git history. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readGitDates } from '../../src/lib/git-dates.ts';
import { diffPages, formatDiff } from '../../scripts/preview-diff.ts';
import { copyFixture } from '../support/fixture-tree.ts';
import { ROOT, fixture } from '../support/paths.ts';

const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const workflowFiles = ['.github/workflows', '.gitea/workflows'].flatMap((d) => readdirSync(join(ROOT, d)).map((f) => join(d, f)));

describe('the workflows', () => {
  it('exist for GitHub and for Gitea/Forgejo', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['.github/workflows/site.yml', '.gitea/workflows/site.yml']));
  });

  for (const file of workflowFiles) {
    it(`${file} is valid YAML whose steps call only npm scripts that exist`, () => {
      const wf = parse(readFileSync(join(ROOT, file), 'utf8')) as { jobs: Record<string, { steps?: { run?: string }[] }> };
      const runs = Object.values(wf.jobs).flatMap((j) => j.steps ?? []).flatMap((s) => (s.run ? [s.run] : []));
      const called = runs.flatMap((r) => [...r.matchAll(/npm run (?:--silent )?([\w:.-]+)/g)].map((m) => m[1]!));
      expect(called.length).toBeGreaterThanOrEqual(5);
      expect(called.filter((s) => !scripts.includes(s))).toEqual([]);
      expect(runs.join('\n')).toContain('npm ci');
      expect(called).toEqual(expect.arrayContaining(['check', 'build', 'test:fast', 'deploy']));
    });
  }
});

describe('annotations', () => {
  it('the checker prints a broken file as a workflow annotation on its line, in Chinese', () => {
    const tree = copyFixture();
    tree.edit('people/ce-shijia.md', 'year: 2023', 'year: 二〇二二');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--format', 'github'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HONOR_ROLL_CONTENT: tree.dir },
    });
    expect(r.status).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.startsWith('::error '));
    expect(line).toMatch(/^::error file=[^,]*people\/ce-shijia\.md,line=6,col=11,title=内容检查 honours\[0\]\.year::honours\[0\]\.year：应为四位年份（如 2022），实际为"二〇二二"/);
  });
});

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'honor-roll-git-'));
  cpSync(fixture('minimal'), join(dir, 'content'), { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_NAME: '测试', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: '测试', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  git(['init', '-q', '-b', 'main']);
  git(['add', '.']);
  git(['commit', '-qm', 'first'], '2024-01-01T10:00:00+08:00');
  writeFileSync(join(dir, 'content/people/ce-shijia.md'), `${readFileSync(join(dir, 'content/people/ce-shijia.md'), 'utf8')}\n更多事迹。\n`);
  git(['commit', '-qam', 'edit'], '2024-03-05T09:30:00+08:00');
  return dir;
}

describe('dates from git', () => {
  it('give the addition and the last change of each content file', () => {
    const dates = readGitDates(gitRepo());
    expect(dates.get('content/people/ce-shijia.md')).toEqual({ added: new Date('2024-01-01T02:00:00Z'), updated: new Date('2024-03-05T01:30:00Z') });
    expect(dates.get('content/stories/ceshi-gushi.md')?.updated).toEqual(new Date('2024-01-01T02:00:00Z'));
  });

  it('are empty, not an error, outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'honor-roll-nogit-'));
    cpSync(fixture('minimal'), join(dir, 'content'), { recursive: true });
    expect(readGitDates(dir).size).toBe(0);
  });

  it('are empty in a shallow clone, whose cut history would give wrong dates', () => {
    const repo = gitRepo();
    const shallow = join(mkdtempSync(join(tmpdir(), 'honor-roll-shallow-')), 'c');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(readGitDates(shallow).size).toBe(0);
  });
});

describe('the preview diff', () => {
  it('names added, changed and removed pages', () => {
    const base = new Map([['/', 'a'], ['/people/x/', 'b'], ['/old/', 'c']]);
    const next = new Map([['/', 'a'], ['/people/x/', 'B'], ['/new/', 'd']]);
    const d = diffPages(base, next);
    expect(d).toEqual({ added: ['/new/'], changed: ['/people/x/'], removed: ['/old/'] });
    expect(formatDiff(d)).toContain('新增页面（1）：\n  /new/');
  });
});
