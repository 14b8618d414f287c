/**
 * Reads the content tree into the checker's entry model: every file parsed with positions, every entry validated with
 * the build's own schemas. Problems found while reading (encoding, YAML syntax, schema) are returned with the entries;
 * an entry that fails its schema is still returned (with only its references and images) so later checks see it.
 */
import { extname } from 'node:path';
import { z } from 'astro/zod';
import { KINDS, idFromPath, kindLabel, type KindName, type KindSpec } from '../kinds.ts';
import { plainHelpers, type SchemaHelpers } from '../schemas/common.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import { fieldPath, showValue, type Problem } from './problem.ts';
import { positionOf, readSourceFile, type SourceText } from './read-source.ts';
import { didYouMean } from './suggest.ts';
import type { CheckedEntry, ContentFile, ImageValue, RefValue } from './types.ts';

/** Schemas made by the checker's `reference()` / `image()`, so a failed entry can still be searched for them. */
const refSchemas = new WeakMap<object, string>();
const imageSchemas = new WeakSet<object>();

export function labelOf(collection: string): string {
  return collection in KINDS ? kindLabel(collection as KindName) : collection;
}

const checkerHelpers: SchemaHelpers = {
  image: () => {
    const s = z.string({ error: '应为图片文件路径，如 ./he-maodong.jpg' }).min(1).transform((image): ImageValue => ({ image }));
    // `.describe()` clones a schema but keeps its parts: remember the transform, which every clone shares.
    imageSchemas.add(s._zod.def.out);
    return s;
  },
  reference: (collection) => {
    const s = z
      .string({ error: `应为${labelOf(collection)}的文件名（不含扩展名）` })
      .min(1)
      .transform((id): RefValue => ({ ref: collection, id }));
    refSchemas.set(s._zod.def.out, collection);
    return s;
  },
};

/**
 * For an entry that failed validation: walks the raw data along the schema and keeps only references and images,
 * shaped like validated data, so a dangling reference or a missing photo is reported alongside the schema problem.
 */
function shadowData(schema: z.ZodType, value: unknown): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  if (def.type === 'pipe') {
    const ref = refSchemas.get(def['out'] as object);
    if (ref) return typeof value === 'string' && value ? { ref, id: value } : undefined;
    if (imageSchemas.has(def['out'] as object)) return typeof value === 'string' && value ? { image: value } : undefined;
  }
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
      return shadowData(def['innerType'] as z.ZodType, value);
    case 'pipe':
      return shadowData(def['in'] as z.ZodType, value);
    case 'array':
      return Array.isArray(value) ? value.map((v) => shadowData(def['element'] as z.ZodType, v)) : undefined;
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const shape = def['shape'] as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (Object.hasOwn(shape, k)) out[k] = shadowData(shape[k]!, v);
      return out;
    }
    case 'union': {
      for (const option of def['options'] as z.ZodType[]) {
        const found = shadowData(option, value);
        if (found && typeof found === 'object' && Object.values(found).some((x) => x !== undefined)) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Every field name a schema knows, for "did you mean" on unknown keys. */
function fieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) names.add(k);
    for (const v of Object.values(node)) visit(v);
  };
  visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  return [...names];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

/** One entry's raw data, ready to be validated. */
interface RawEntry {
  collection: KindName;
  id: string;
  file: string;
  source: SourceText;
  value: unknown;
  /** Path of the entry inside its file (`[id]` in a yaml-map file). */
  base: readonly PropertyKey[];
}

interface Collection {
  name: KindName;
  schema: z.ZodType;
  known: readonly string[];
}

/** Validates one entry; an invalid one becomes Chinese problems and a shadow entry. */
function validateEntry(raw: RawEntry, c: Collection): { entry: CheckedEntry; problems: Problem[] } {
  const { collection, id, file, source, value, base } = raw;
  const result = c.schema.safeParse(value);
  if (result.success) return { entry: { collection, id, file, data: result.data as Record<string, unknown>, source, valid: true, raw: value, base }, problems: [] };
  const problems = result.error.issues.flatMap((issue) => issueToProblems(issue, raw, c.known));
  // Keep the entry for duplicate, reference and image checks, so one mistake does not hide the others.
  const shadow = shadowData(c.schema, value);
  const data = (shadow && typeof shadow === 'object' ? shadow : {}) as Record<string, unknown>;
  return { entry: { collection, id, file, data, source, valid: false, raw: value, base }, problems };
}

/** Turns one zod issue into Chinese problems with positions. */
export function issueToProblems(issue: z.core.$ZodIssue, raw: Pick<RawEntry, 'file' | 'source' | 'value' | 'base'>, known: readonly string[]): Problem[] {
  const { file, source: src, value: root, base } = raw;
  const path = issue.path;
  const fullPath = [...base, ...path];
  const field = fieldPath(path) || undefined;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const pos = positionOf(src, fullPath, key);
      const guess = didYouMean(key, known);
      return {
        file,
        ...pos,
        field: fieldPath([...path, key]),
        severity: 'error' as const,
        code: 'unknown-key',
        message: `不认识的字段“${key}”${guess ? `，是不是想写“${guess}”？` : ''}`,
        fix: guess ? `把“${key}”改成“${guess}”。` : '删除这个字段，或对照编辑指南检查拼写。',
      };
    });
  }
  const found = valueAt(root, path);
  const pos = positionOf(src, fullPath);
  const missing = found === undefined;
  let message: string;
  let fix: string | undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    message = `缺少必填字段（${issue.message}）`;
    fix = `在资料区加上 ${String(path[path.length - 1] ?? '')}: …`;
  } else if (issue.code === 'invalid_type' && issue.expected === 'array') {
    message = `应为列表，实际为${showValue(found)}`;
    fix = '列表每项一行，以“- ”开头，或写成 [甲, 乙]。';
  } else if (issue.code === 'invalid_type' && issue.expected === 'object') {
    message = `应为一组字段，实际为${showValue(found)}`;
    fix = '在下一行缩进两个空格写子字段。';
  } else {
    message = `${issue.message}，实际为${showValue(found)}`;
  }
  return [{ file, ...pos, ...(field ? { field } : {}), severity: 'error', code: issue.code === 'invalid_type' && missing ? 'missing-field' : `invalid-${issue.code.replace(/_/g, '-')}`, message, ...(fix ? { fix } : {}) }];
}

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);
export const isImageFile = (path: string) => IMAGE_EXTENSIONS.has(extname(path).toLowerCase());

/** Reads one file's raw entries; reading problems go to `problems`. Undefined when the file cannot be read at all. */
function readEntries(spec: KindSpec, name: KindName, f: ContentFile, file: string, problems: Problem[]): RawEntry[] | undefined {
  const read = readSourceFile(f.abs, file, spec.format === 'markdown' ? 'markdown' : 'yaml', problems);
  if (!read) return undefined;
  const { source: src, value: data } = read;
  if (spec.format === 'yaml-map') {
    if (data === undefined || data === null) return [];
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, line: 1, column: 1, severity: 'error', code: 'bad-shape', message: '应为“编号: 内容”的形式', fix: '每个数字以它的编号开头，如 quanguo-laomo:，下面缩进写 label、value 等。' });
      return [];
    }
    return Object.entries(data as Record<string, unknown>).map(([id, value]) => ({ collection: name, id, file, source: src, value, base: [id] }));
  }
  const id = idFromPath(file);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    problems.push({
      file,
      severity: 'error',
      code: 'bad-slug',
      message: `文件名“${id}”不能作网址：只能用小写拼音字母、数字和减号`,
      fix: '按拼音改名，如 何茂栋 → he-maodong.md；可用 npm run new 自动生成。',
    });
  }
  return [{ collection: name, id, file, source: src, value: data ?? {}, base: [] }];
}

export interface Loaded {
  entries: CheckedEntry[];
  problems: Problem[];
  /** Entries that exist but could not be read: their own problem is reported once; references to them are not. */
  unreadable: Map<string, Set<string>>;
}

/** Reads and validates every entry of every collection. */
export function loadEntries(files: readonly ContentFile[], rel: (abs: string) => string, taxonomy?: Taxonomy): Loaded {
  const loaded: Loaded = { entries: [], problems: [], unreadable: new Map() };
  for (const [name, spec] of Object.entries(KINDS) as [KindName, KindSpec][]) {
    const collection: Collection = { name, schema: spec.schema({ ...checkerHelpers, taxonomy }), known: fieldNames(spec.schema(plainHelpers)) };
    const mine = files.filter((f) => (spec.format === 'yaml-map' ? f.path === spec.path : f.path.startsWith(`${spec.path}/`) && !isImageFile(f.path)));
    for (const f of mine) {
      const file = rel(f.abs);
      if (spec.format !== 'yaml-map' && !(spec.extensions as readonly string[]).includes(extname(f.abs))) {
        loaded.problems.push({
          file,
          severity: 'error',
          code: 'unknown-file',
          message: `这个文件不会被网站读取：${labelOf(name)}文件的扩展名应为 ${spec.extensions.join(' 或 ')}`,
          fix: `把文件改名为 ${idFromPath(file)}${spec.extensions[0]}（扩展名用小写）。`,
        });
        continue;
      }
      const raws = readEntries(spec, name, f, file, loaded.problems);
      if (!raws) {
        if (spec.format !== 'yaml-map') loaded.unreadable.set(name, (loaded.unreadable.get(name) ?? new Set()).add(idFromPath(file)));
        continue;
      }
      for (const raw of raws) {
        const { entry, problems } = validateEntry(raw, collection);
        loaded.entries.push(entry);
        loaded.problems.push(...problems);
      }
    }
  }
  return loaded;
}
