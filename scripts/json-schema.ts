/**
 * `npm run schemas`: writes `schemas/<collection>.schema.json` from the very zod schemas the build uses
 * (zod 4 `z.toJSONSchema`), so VS Code (YAML extension, see `.vscode/settings.json`) offers completion and hover docs.
 * `--check` exits 1 when a committed file differs from what the schemas give now (a test runs it too).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { KINDS, kindLabel, kindNames, type KindName, type KindSpec } from '../src/kinds.ts';
import { plainHelpers } from '../src/schemas/common.ts';
import { loadTaxonomy } from '../src/lib/taxonomy.ts';

export const SCHEMA_DIR = 'schemas';

/** The JSON Schema text of one collection's entries (for `yaml-map` collections: of one value of the map). */
export function jsonSchemaText(name: KindName): string {
  const spec: KindSpec = KINDS[name];
  // The levels and industries offered are the site's own (content/levels.yaml, content/industries.yaml).
  const entry = z.toJSONSchema(spec.schema({ ...plainHelpers, taxonomy: loadTaxonomy() }), { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = entry;
  const doc =
    spec.format === 'yaml-map'
      ? { $schema, title: `光荣榜 · ${kindLabel(name)}（content/${spec.path}）`, type: 'object', additionalProperties: rest }
      : { $schema, title: `光荣榜 · ${kindLabel(name)}（content/${spec.path}/）`, ...rest };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

interface JsonProp {
  type?: string | string[];
  description?: string;
  enum?: string[];
  items?: JsonProp;
  properties?: Record<string, JsonProp>;
  required?: string[];
  anyOf?: JsonProp[];
}

/** One Front Matter CMS field from a JSON Schema property: same name, same Chinese description, same choices. */
function frontMatterField(name: string, prop: JsonProp, required: boolean): Record<string, unknown> {
  const p = prop.anyOf?.find((a) => a.type !== 'null') ?? prop;
  const base = { title: name, name, description: prop.description ?? p.description ?? '', ...(required ? { required: true } : {}) };
  if (p.enum) return { ...base, type: 'choice', choices: p.enum };
  if (p.type === 'boolean') return { ...base, type: name === 'draft' ? 'draft' : 'boolean' };
  if (p.type === 'number' || p.type === 'integer') return { ...base, type: 'number' };
  if (name === 'published') return { ...base, type: 'datetime', isPublishDate: true, dateFormat: 'yyyy-MM-dd' };
  if (p.type === 'array' && p.items?.properties) {
    return { ...base, type: 'block', fieldGroup: `${name}-item`, fields: Object.entries(p.items.properties).map(([k, v]) => frontMatterField(k, v, p.items?.required?.includes(k) ?? false)) };
  }
  if (p.type === 'array') return { ...base, type: 'list' };
  if (p.type === 'object' && p.properties) {
    return { ...base, type: 'fields', fields: Object.entries(p.properties).map(([k, v]) => frontMatterField(k, v, p.required?.includes(k) ?? false)) };
  }
  return { ...base, type: 'string' };
}

/**
 * `frontmatter.json` for the Front Matter CMS extension of VS Code: the YAML extension does not read Markdown
 * frontmatter, this one does, and gives people, collectives and stories a field panel with the same descriptions.
 */
export function frontMatterConfigText(): string {
  const names = kindNames().filter((n) => KINDS[n].format === 'markdown');
  const contentTypes = names.map((name) => {
    const json = z.toJSONSchema((KINDS[name] as KindSpec).schema(plainHelpers), { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, JsonProp>; required?: string[] };
    return { name, pageBundle: false, previewPath: `'${name}'`, fields: Object.entries(json.properties).map(([k, v]) => frontMatterField(k, v, json.required?.includes(k) ?? false)) };
  });
  const config = {
    $schema: 'https://frontmatter.codes/frontmatter.schema.json',
    'frontMatter.framework.id': 'astro',
    'frontMatter.preview.host': 'http://localhost:4321',
    'frontMatter.content.publicFolder': 'public',
    'frontMatter.content.pageFolders': names.map((name) => ({ title: kindLabel(name), path: `[[workspace]]/content/${KINDS[name].path}`, contentTypes: [name] })),
    'frontMatter.taxonomy.contentTypes': contentTypes,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function generatedFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of kindNames()) out.set(join(SCHEMA_DIR, `${name}.schema.json`), jsonSchemaText(name));
  out.set('frontmatter.json', frontMatterConfigText());
  return out;
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of generatedFiles()) {
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        console.error(`${file}：与 src/schemas/ 不一致，请运行 npm run schemas`);
        stale++;
      }
    } else {
      mkdirSync(SCHEMA_DIR, { recursive: true }); // frontmatter.json sits at the top level, next to package.json
      writeFileSync(file, text);
      console.log(`已生成 ${file}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
