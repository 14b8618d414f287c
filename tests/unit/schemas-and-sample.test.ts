/** The schemas document themselves in Chinese, and the sample content passes them and stays true to the seed. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkContent } from '../../src/check/check-content.ts';
import { kindNames, schemaOf } from '../../src/kinds.ts';
import { plainHelpers, siteSchema } from '../../src/schemas/index.ts';
import { ROOT } from '../support/paths.ts';

const SEED_DIR = join(ROOT, '../shared/seed');
const SEED_TITLE = '奋力开创工会工作新局面 全力护航区域高质量发展——北京经济技术开发区总工会工作纪实';

function undocumented(schema: z.ZodType): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const props = (node as { properties?: Record<string, { description?: string }> }).properties;
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (!v.description || !/[\u4e00-\u9fff]/.test(v.description)) missing.push(`${path}${k}`);
        visit(v, `${path}${k}.`);
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'properties') visit(v, path);
  };
  visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), '');
  return missing;
}

describe('the schemas', () => {
  for (const name of kindNames()) {
    it(`every field of ${name} has a Chinese description for editors`, () => {
      expect(undocumented(schemaOf(name, plainHelpers))).toEqual([]);
    });
  }
  it('every field of the site settings has a Chinese description', () => {
    expect(undocumented(siteSchema())).toEqual([]);
  });
  it('reject unknown keys instead of ignoring them', () => {
    const person = schemaOf('people', plainHelpers);
    const result = person.safeParse({ name: '测试甲', organization: 'x', summary: '一句十个字以上的测试简介。', published: '2024-01-01', sources: [{ title: 't', publisher: 'p', date: 2024 }], honors: [] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('honors');
  });
  it('have no filler default for a required field', () => {
    const person = schemaOf('people', plainHelpers);
    const result = person.safeParse({});
    const missing = (result.error?.issues ?? []).map((i) => i.path.join('.'));
    expect(missing).toEqual(expect.arrayContaining(['name', 'organization', 'summary', 'published', 'sources']));
  });
});

describe('the sample content', () => {
  it('passes the checker with no problem at all', async () => {
    const { problems, entries } = await checkContent({ cwd: ROOT });
    expect(problems).toEqual([]);
    const count = (c: string) => entries.filter((e) => e.collection === c).length;
    expect(count('people')).toBeGreaterThanOrEqual(3);
    expect(count('stories')).toBeGreaterThanOrEqual(8);
    expect(count('figures')).toBeGreaterThanOrEqual(40);
  });

  it('names the seed article as the source of every person, collective, story and figure', async () => {
    const { entries } = await checkContent({ cwd: ROOT });
    const withoutSeed = entries
      .filter((e) => ['people', 'collectives', 'stories', 'figures'].includes(e.collection))
      .filter((e) => {
        const sources = (e.data['sources'] as { title: string }[] | undefined) ?? [e.data['source'] as { title: string }];
        return !sources.some((s) => s?.title === SEED_TITLE);
      })
      .map((e) => `${e.collection}/${e.id}`);
    expect(withoutSeed).toEqual([]);
  });

  it.skipIf(!existsSync(SEED_DIR))('uses only numbers and names that stand in the seed text', async () => {
    // The seed is a newspaper scan: words are broken across lines and columns, so compare without white space.
    const seed = readdirSync(SEED_DIR).map((f) => readFileSync(join(SEED_DIR, f), 'utf8')).join('').replace(/\s+/g, '');
    const { entries } = await checkContent({ cwd: ROOT });
    const notInSeed: string[] = [];
    for (const e of entries) {
      if (e.collection === 'figures') {
        const value = String(e.data['value']);
        if (!seed.includes(value)) notInSeed.push(`figures/${e.id}: ${value}`);
      }
      if (e.collection === 'people' || e.collection === 'organizations') {
        const name = String(e.data['name']);
        if (!seed.includes(name)) notInSeed.push(`${e.collection}/${e.id}: ${name}`);
      }
    }
    expect(notInSeed).toEqual([]);
  });
});
