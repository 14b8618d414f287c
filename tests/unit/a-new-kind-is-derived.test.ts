/**
 * Proof that the kind table is the one place: a throwaway kind (技能证书, clearly fake) is added to the table with a
 * `reference()` field to people, and nothing else is edited. Its URL, search label and scaffold come out, its
 * reference field is found in the schema, and the cache key of the referring page follows the referenced entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { KINDS, href, kindLabel, kindsWith, referenceFields, type KindSpec, type PageKind } from '../../src/kinds.ts';
import { entryCacheKey } from '../../src/lib/page-keys.ts';
import type { SiteData } from '../../src/lib/site-data.ts';
import type { SchemaHelpers } from '../../src/schemas/common.ts';
import { createEntry, type Kind } from '../../scripts/new.ts';
import { copyFixture } from '../support/fixture-tree.ts';

const badgeSchema = ({ reference }: SchemaHelpers) =>
  z.strictObject({
    /** 证书名称 */
    name: z.string().min(1).describe('证书名称，例：虚构的测试证书'),
    /** 持证人 */
    holder: reference('people').describe('持证人（填 content/people/ 中的文件名）'),
    draft: z.boolean().default(false).describe('草稿'),
    published: z.string().describe('发布日期'),
  });

const BADGES: KindSpec = {
  singular: 'badge', path: 'badges', format: 'yaml', extensions: ['.yaml'], label: 'site.nav.updates',
  schema: badgeSchema, route: 'badges', search: true, scaffold: true,
};
const table = KINDS as unknown as Record<string, KindSpec>;
const kind = 'badges' as PageKind;

beforeAll(() => {
  table['badges'] = BADGES;
});
afterAll(() => {
  delete table['badges'];
});

/** A site with one person and one badge held by that person; `digest` stands for the entry's file content. */
function site(personDigest: string, badgeDigest: string): SiteData {
  return {
    taxonomy: {},
    people: [{ id: 'ce-shijia', digest: personDigest, data: { name: '测试甲' } }],
    badges: [{ id: 'ceshi-zhengshu', digest: badgeDigest, data: { name: '虚构的测试证书', holder: { collection: 'people', id: 'ce-shijia' } } }],
  } as unknown as SiteData;
}

describe('a kind added to the table, with a reference field, and nothing else', () => {
  it('has its reference field read off its schema', () => {
    expect(referenceFields(BADGES)).toEqual([{ path: ['holder'], to: 'people' }]);
  });

  it('gets its URL from href()', () => {
    expect(href(kind, 'ceshi-zhengshu')).toBe('/badges/ceshi-zhengshu/');
    expect(href(kind)).toBe('/badges/');
  });

  it('is offered in the search page\'s 类型 filter with its dictionary label', () => {
    expect(kindsWith('search')).toContain('badges');
    expect(kindsWith('search').map(kindLabel)).toContain(kindLabel(kind));
  });

  it('can be scaffolded with npm run new, every schema field in the template', () => {
    const tree = copyFixture();
    const { file } = createEntry('badge' as Kind, '虚构的测试证书', { contentDir: tree.dir, today: '2026-11-28' });
    expect(file.startsWith(`${tree.dir}/badges/`)).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const field of ['name: 虚构的测试证书', 'holder:', 'draft: true', 'published: 2026-11-28']) expect(text).toContain(field);
  });

  it('makes the referring page\'s cache key change when the referenced entry changes', () => {
    expect(entryCacheKey(site('p2', 'b1'), kind, 'ceshi-zhengshu')).not.toBe(entryCacheKey(site('p1', 'b1'), kind, 'ceshi-zhengshu'));
  });

  it('makes the referenced entry\'s cache key change when the referring entry changes', () => {
    expect(entryCacheKey(site('p1', 'b2'), 'people', 'ce-shijia')).not.toBe(entryCacheKey(site('p1', 'b1'), 'people', 'ce-shijia'));
  });

  it('leaves the key alone when nothing it shows changes', () => {
    expect(entryCacheKey(site('p1', 'b1'), kind, 'ceshi-zhengshu')).toBe(entryCacheKey(site('p1', 'b1'), kind, 'ceshi-zhengshu'));
  });
});
