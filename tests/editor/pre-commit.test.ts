/** The pre-commit hook checks only the staged content files and stops a commit that carries an error. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HOOK = resolve('scripts/pre-commit.ts');

function repoWithSample() {
  const dir = mkdtempSync(join(tmpdir(), 'honor-roll-hook-'));
  cpSync(resolve('tests/fixtures/minimal'), join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', 'add', '.');
  git('-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'fixture');
  const hook = () => spawnSync(process.execPath, [HOOK], { cwd: dir, encoding: 'utf8', env: { ...process.env, HONOR_ROLL_CONTENT: undefined } });
  return { dir, git, hook };
}

describe('the pre-commit hook', () => {
  it('lets a commit through when no content file is staged', () => {
    const r = repoWithSample();
    writeFileSync(join(r.dir, 'notes.txt'), 'x');
    r.git('add', 'notes.txt');
    const out = r.hook();
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('');
  });

  it('stops a staged person file with an unknown key and names it with line and column', () => {
    const r = repoWithSample();
    const file = join(r.dir, 'content/people/ce-shijia.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name:/m, 'honors: []\nname:'));
    r.git('add', 'content/people/ce-shijia.md');
    const out = r.hook();
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/content\/people\/ce-shijia\.md:\d+:\d+ honors：/);
    expect(out.stdout).toContain('honours');
    expect(out.stdout).toContain('提交被拦下');
  });

  it('ignores problems in content files that are not staged', () => {
    const r = repoWithSample();
    const bad = join(r.dir, 'content/people/ce-shijia.md');
    writeFileSync(bad, readFileSync(bad, 'utf8').replace(/^name:/m, 'honors: []\nname:'));
    const good = join(r.dir, 'content/people/ce-shiyi.md');
    writeFileSync(good, readFileSync(bad, 'utf8').replace(/^honors: \[\]\n/m, '').replace(/^name: .*$/m, 'name: 测试乙'));
    r.git('add', 'content/people/ce-shiyi.md');
    const out = r.hook();
    expect(out.stdout).not.toContain('ce-shijia.md');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('内容检查通过：1 个文件');
  });
});
