/**
 * The Sveltia CMS configuration (`/admin/config.yml`), generated from the same zod schemas as the build
 * (the kind table, `src/kinds.ts`), so the browser editor can never drift from what the checker accepts.
 * The build writes it with the CMS script into `dist/admin/` (see `src/integrations/cms.ts`);
 * `npm run cms:config` prints it. The git backend comes from the HONOR_ROLL_CMS_* settings (`src/settings.ts`);
 * see docs/编辑指南.md.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { KINDS, kindLabel, type KindName, type KindSpec } from '../kinds.ts';
import type { SchemaHelpers } from '../schemas/common.ts';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { envSettings, type Env } from '../settings.ts';

type Json = Record<string, unknown>;
export type CmsField = Record<string, unknown> & { name: string; widget: string };

/** Stand-ins that leave a mark in the JSON Schema: which fields are references (and to what), which are images. */
const markingHelpers: SchemaHelpers = {
  image: () => z.string().min(1).meta({ 'x-cms': 'image' }),
  reference: (collection) => z.string().min(1).meta({ 'x-cms': `relation:${collection}` }),
};

export function entryJsonSchema(name: KindName): Json {
  // Levels and industries come from the site's own lists: the editor offers exactly what the checker accepts.
  return z.toJSONSchema((KINDS[name] as KindSpec).schema({ ...markingHelpers, taxonomy: loadTaxonomy() }), { io: 'input', unrepresentable: 'any' }) as Json;
}

/** The field that names an entry of a collection: `name` for people, organizations…, else `title`. */
function identifierOf(name: KindName): string {
  const props = (entryJsonSchema(name)['properties'] ?? {}) as Record<string, unknown>;
  return 'name' in props ? 'name' : 'title' in props ? 'title' : Object.keys(props)[0] ?? 'title';
}

function unwrap(s: Json): Json {
  const alts = (s['anyOf'] ?? s['oneOf']) as Json[] | undefined;
  if (!alts) return s;
  const useful = alts.filter((a) => a['type'] !== 'null');
  const obj = useful.find((a) => a['type'] === 'object' || a['type'] === 'array');
  return { ...(obj ?? useful[0] ?? {}), description: s['description'] ?? (obj ?? useful[0])?.['description'] };
}

function field(name: string, raw: Json, required: boolean): CmsField {
  const s = unwrap(raw);
  const hint = (raw['description'] ?? s['description']) as string | undefined;
  const short = hint?.split(/[，。（(：:；]/)[0]?.trim();
  const base: Record<string, unknown> = { name, label: short && short.length <= 12 ? short : name };
  if (hint) base['hint'] = hint;
  if (!required) base['required'] = false;
  const mark = s['x-cms'] as string | undefined;
  if (mark === 'image') return { ...base, name, widget: 'image' };
  if (mark?.startsWith('relation:')) {
    const collection = mark.slice('relation:'.length);
    const shown = identifierOf(collection as KindName);
    return { ...base, name, widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
  }
  if (Array.isArray(s['enum'])) return { ...base, name, widget: 'select', options: s['enum'] as unknown[] };
  switch (s['type']) {
    case 'boolean':
      return { ...base, name, widget: 'boolean', ...(s['default'] !== undefined ? { default: s['default'] } : {}) };
    case 'integer':
      return { ...base, name, widget: 'number', value_type: 'int' };
    case 'number':
      return { ...base, name, widget: 'number', value_type: 'float' };
    case 'array': {
      const items = unwrap((s['items'] ?? {}) as Json);
      if (items['type'] === 'object') return { ...base, name, widget: 'list', fields: objectFields(items) };
      return { ...base, name, widget: 'list', field: field('item', items, true) };
    }
    case 'object':
      return s['properties'] ? { ...base, name, widget: 'object', fields: objectFields(s) } : { ...base, name, widget: 'code', output_code_only: true };
    default:
      return { ...base, name, widget: 'string' };
  }
}

function objectFields(s: Json): CmsField[] {
  const props = (s['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((s['required'] ?? []) as string[]);
  return Object.entries(props).map(([k, v]) => field(k, v, required.has(k)));
}

export interface CmsOptions {
  backend?: string;
  repo?: string;
  branch?: string;
  baseUrl?: string;
}

export function cmsConfig(opts: CmsOptions = {}): Json {
  const backend: Json = { name: opts.backend ?? 'github', repo: opts.repo ?? 'OWNER/honor-roll', branch: opts.branch ?? 'main' };
  if (opts.baseUrl) backend['base_url'] = opts.baseUrl;
  if (backend['name'] === 'gitea' && opts.baseUrl) backend['api_root'] = `${opts.baseUrl.replace(/\/$/, '')}/api/v1`;
  const collections: Json[] = [];
  for (const [name, spec] of Object.entries(KINDS) as [KindName, KindSpec][]) {
    if (spec.format === 'yaml-map') continue; // figures.yaml: one file of many entries, edited as a file (see the guide)
    const fields = objectFields(entryJsonSchema(name));
    if (spec.format === 'markdown') fields.push({ name: 'body', label: '正文', widget: 'markdown' });
    collections.push({
      name,
      label: kindLabel(name),
      folder: `content/${spec.path}`,
      extension: spec.format === 'markdown' ? 'md' : 'yaml',
      format: spec.format === 'markdown' ? 'frontmatter' : 'yaml',
      create: true,
      identifier_field: identifierOf(name),
      media_folder: '',
      public_folder: '',
      fields,
    });
  }
  return { backend, media_folder: 'content/images', public_folder: '/images', collections };
}

export function cmsConfigText(env: Env = process.env): string {
  const { cms } = envSettings(env);
  const opts: CmsOptions = {};
  if (cms.backend) opts.backend = cms.backend;
  if (cms.repo) opts.repo = cms.repo;
  if (cms.branch) opts.branch = cms.branch;
  if (cms.baseUrl) opts.baseUrl = cms.baseUrl;
  return `# 由 src/editor/cms-config.ts 从 src/schemas/ 生成，请勿手改。\n${stringify(cmsConfig(opts), { lineWidth: 0 })}`;
}

