/** A small fictional site for the import tests: the minimal fixture plus two honours as lists name them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { template } from '../../scripts/new.ts';
import { slugFor } from '../../src/lib/slug.ts';
import { type ImportOptions, importList } from '../../src/import/run.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';

/** The fixture plus two honours as lists name them and an industry list with 其他 (unless `other: false`). */
export function importSite(opts: { other?: boolean } = {}): Tree {
  const tree = copyFixture();
  if (opts.other !== false) tree.write('industries.yaml', '- slug: zhizao\n  name: 制造业\n- slug: qita\n  name: 其他\n');
  tree.write('honours/quanguo-wuyi-laodong-jiangzhang.yaml', 'name: 全国五一劳动奖章\naliases: [五一劳动奖章]\nlevel: 全国\nconferrer: 中华全国总工会\nrecipient: 个人\norder: 20\n');
  tree.write('honours/quanguo-gongren-xianfenghao.yaml', 'name: 全国工人先锋号\naliases: [工人先锋号]\nlevel: 全国\nconferrer: 中华全国总工会\nrecipient: 集体\norder: 40\n');
  return tree;
}

/** Writes a list file next to (not inside) the content tree. */
export function listFile(name: string, content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'honor-roll-list-')), name);
  writeFileSync(file, content);
  return file;
}

export const SOURCE = { publisher: '虚构发布机构', date: '2022-04-28' };

export function runImport(tree: Tree, file: string, opts: Partial<ImportOptions> = {}) {
  return importList(file, {
    cwd: tree.dir,
    contentDir: tree.dir,
    today: '2026-11-28',
    organizationTemplate: (name, today, contentDir) => template('organization', name, today, contentDir),
    ...opts,
  });
}

/** The report line for a list line: "第 N 行  …". */
export const lineOf = (lines: string[], no: number) => lines.find((l) => l.startsWith(`第 ${no} 行 `)) ?? '';

/** Where the importer puts a new person or organization: the project's slug rule, as `npm run new` uses it. */
export const person = (name: string) => `people/${slugFor('person', name)}.md`;
export const org = (name: string) => `organizations/${slugFor('organization', name)}.yaml`;
