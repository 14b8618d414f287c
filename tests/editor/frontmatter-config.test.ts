/** VS Code's Front Matter panel for Markdown entries offers exactly the schema's fields with their Chinese help. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { schemaOf } from '../../src/kinds.ts';
import { plainHelpers } from '../../src/schemas/common.ts';
import { ROOT } from '../support/paths.ts';

interface Field { name: string; description: string; type: string; required?: boolean; choices?: string[]; fields?: Field[] }
const config = JSON.parse(readFileSync(join(ROOT, 'frontmatter.json'), 'utf8')) as {
  'frontMatter.taxonomy.contentTypes': { name: string; fields: Field[] }[];
  'frontMatter.content.pageFolders': { path: string; contentTypes: string[] }[];
};

describe('frontmatter.json', () => {
  for (const name of ['people', 'collectives', 'stories'] as const) {
    it(`gives ${name} every field of its schema, each with a Chinese description`, () => {
      const type = config['frontMatter.taxonomy.contentTypes'].find((t) => t.name === name)!;
      const keys = Object.keys((z.toJSONSchema(schemaOf(name, plainHelpers), { io: 'input', unrepresentable: 'any' }) as { properties: object }).properties);
      expect(type.fields.map((f) => f.name)).toEqual(keys);
      expect(type.fields.filter((f) => !/[\u4e00-\u9fff]/.test(f.description)).map((f) => f.name)).toEqual([]);
      expect(config['frontMatter.content.pageFolders'].find((f) => f.contentTypes.includes(name))?.path).toBe(`[[workspace]]/content/${name}`);
    });
  }

  it('marks required fields and offers the fixed choices', () => {
    const people = config['frontMatter.taxonomy.contentTypes'].find((t) => t.name === 'people')!;
    expect(people.fields.find((f) => f.name === 'name')?.required).toBe(true);
    expect(people.fields.find((f) => f.name === 'positions')?.fields?.map((f) => f.name)).toEqual(['organization', 'unit', 'title', 'from', 'to', 'note']);
    const honours = people.fields.find((f) => f.name === 'honours')!;
    expect(honours.fields?.map((f) => f.name)).toEqual(['honour', 'year', 'date', 'organization', 'unit', 'note', 'source']);
    const collectives = config['frontMatter.taxonomy.contentTypes'].find((t) => t.name === 'collectives')!;
    expect(collectives.fields.find((f) => f.name === 'kind')?.choices).toContain('创新工作室');
  });
});
