/** The JSON Schemas for VS Code and the browser editor's config are generated from the zod schemas and cannot drift. */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { generatedFiles } from '../../scripts/json-schema.ts';
import { cmsConfig, cmsConfigText, type CmsField } from '../../src/editor/cms-config.ts';
import { KINDS, kindNames, schemaOf, type KindName } from '../../src/kinds.ts';
import { plainHelpers } from '../../src/schemas/common.ts';
import { launchBrowser, openPage } from '../support/browser.ts';

const schemaKeys = (name: KindName) =>
  Object.keys((z.toJSONSchema(schemaOf(name, plainHelpers), { io: 'input', unrepresentable: 'any' }) as { properties: object }).properties);

describe('generated editor help', () => {
  // Started in a hook, so the test's limit measures the editor loading, not the browser starting.
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('the committed schemas/*.schema.json are exactly what the zod schemas give now (run npm run schemas when this fails)', () => {
    for (const [file, text] of generatedFiles()) {
      expect(existsSync(file), `${file} 不存在`).toBe(true);
      expect(readFileSync(file, 'utf8'), file).toBe(text);
    }
  });

  it('every VS Code schema mapping points at a generated file', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const generated = [...generatedFiles().keys()].map((f) => `./${f}`);
    for (const file of Object.keys(settings['yaml.schemas'])) expect(generated).toContain(file);
  });

  it('the CMS offers exactly the fields of every schema, references as relations and the body as Markdown', () => {
    const config = cmsConfig() as { collections: { name: KindName; folder: string; fields: CmsField[] }[] };
    const editable = kindNames().filter((n) => KINDS[n].format !== 'yaml-map');
    expect(config.collections.map((c) => c.name).sort()).toEqual(editable.sort());
    for (const c of config.collections) {
      const expected = [...schemaKeys(c.name), ...(KINDS[c.name].format === 'markdown' ? ['body'] : [])];
      expect(c.fields.map((f) => f.name), c.name).toEqual(expected);
      expect(c.folder).toBe(`content/${KINDS[c.name].path}`);
    }
    const people = config.collections.find((c) => c.name === 'people')!;
    expect(people.fields.find((f) => f.name === 'organization')).toMatchObject({ widget: 'relation', collection: 'organizations' });
    expect(people.fields.find((f) => f.name === 'body')).toMatchObject({ widget: 'markdown' });
  });

  // The sample names no real repository, so /admin/ says so in Chinese instead of loading the editor (the editor
  // itself, with a repository configured, is opened behind nginx in tests/security/nginx-deploy.test.ts).
  it('the built site serves the generated CMS config from /admin/ and, with no repository configured, says so in Chinese and asks nothing outside', async () => {
    const dist = inject('siteDist');
    expect(readFileSync(join(dist, 'admin/config.yml'), 'utf8')).toBe(cmsConfigText());
    expect(parse(readFileSync(join(dist, 'admin/config.yml'), 'utf8')).backend.name).toBe('github');
    const origin = inject('siteUrl');
    const { page, external, context } = await openPage(browser, origin);
    await page.goto(`${origin}/admin/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body?.innerText.includes('内容编辑页还没有连接到仓库'), undefined, { timeout: 0 });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.waitForLoadState('networkidle');
    expect(external).toEqual([]);
    await context.close();
  }, 60_000);
});
