/** The sample site's dates come from its git history: 更新于 on each entry page and the /updates/ list. */
import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

describe('the sample site', () => {
  const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true';
  const dist = inject('siteDist');

  it.skipIf(shallow)('shows 更新于 with the last commit date on a profile, and lists entries on /updates/', () => {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/people/he-maodong.md'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
    expect(readFileSync(join(dist, 'people/he-maodong/index.html'), 'utf8')).toContain(`更新于 <time datetime="${day}">`);
    for (const page of ['honours/quanguo-laodong-mofan', 'collectives/schneider-gonghui', 'organizations/beijing-jingyi']) {
      expect(readFileSync(join(dist, `${page}/index.html`), 'utf8'), page).toMatch(/更新于 <time datetime="\d{4}-\d{2}-\d{2}">/);
    }
    const updates = readFileSync(join(dist, 'updates/index.html'), 'utf8');
    expect(updates).toContain('/people/he-maodong/');
    expect(updates).toContain('/stories/schneider-jiti-hetong/');
  });
});
