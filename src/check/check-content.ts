/**
 * Checks a whole content tree with the very schemas the build uses and reports every problem at once.
 * Used by the build guard (`src/integrations/content-guard.ts`), by `npm run check` and by tests.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, extname, sep } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTION_SPECS, idFromPath, type SpecName } from '../schemas/collections.ts';
import { plainHelpers, type SchemaHelpers } from '../schemas/common.ts';
import { fieldPath, showValue, type Problem } from './problem.ts';
import { decodeUtf8, parseYaml, positionOf, readMarkdown, type SourceText } from './read-source.ts';
import { didYouMean, nearest } from './suggest.ts';
import { checkImages } from './images.ts';
import { checkPrivacy } from './privacy.ts';

export interface CheckedEntry {
  collection: SpecName;
  id: string;
  /** Project-relative path with forward slashes. */
  file: string;
  /** The validated data, references as `{ ref, id }`, images as `{ image, path }`. */
  data: Record<string, unknown>;
  source: SourceText;
  /** False when the entry failed its schema: `data` then holds only its references and images. */
  valid: boolean;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

export interface CheckOptions {
  /** Project folder; paths in messages are relative to it. */
  cwd?: string;
  /** Content folder (absolute or relative to cwd). */
  contentDir?: string;
  /** Only report problems in these files (absolute or cwd-relative); the whole tree is still read for references. */
  only?: readonly string[];
  /** Skip reading image pixels (fast mode for the pre-commit hook when no image changed). */
  skipImagePixels?: boolean;
}

/** A reference as the checker sees it: which collection, which id. */
export interface RefValue {
  ref: SpecName | 'talks';
  id: string;
}
/** An image as the checker sees it: the path as written. */
export interface ImageValue {
  image: string;
}

/** Schemas made by the checker's `reference()` / `image()`, so a failed entry can still be searched for them. */
const refSchemas = new WeakMap<object, string>();
const imageSchemas = new WeakSet<object>();

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
      for (const [k, v] of Object.entries(value)) if (shape[k]) out[k] = shadowData(shape[k], v);
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

function labelOf(collection: string): string {
  return (COLLECTION_SPECS as Record<string, { label: string }>)[collection]?.label ?? collection;
}

const toPosix = (p: string) => p.split(sep).join('/');

function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walkFiles(full));
    else out.push(full);
  }
  return out;
}

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);
/** Files editors may keep in content/ that are not entries. */
const ALLOWED_LOOSE = new Set(['site.yaml', 'README.md']);

export async function checkContent(options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const contentDir = resolve(cwd, options.contentDir ?? process.env['HONOR_ROLL_CONTENT'] ?? 'content');
  const rel = (abs: string) => toPosix(relative(cwd, abs));
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  /** Files that exist but could not be read (encoding, YAML syntax): their own problem is reported once; references to them are not. */
  const unreadable = new Map<string, Set<string>>();
  const markUnreadable = (collection: string, id: string) => unreadable.set(collection, (unreadable.get(collection) ?? new Set()).add(id));
  const claimed = new Set<string>();

  if (!existsSync(contentDir)) {
    return {
      problems: [{ file: rel(contentDir), severity: 'error', code: 'no-content', message: '找不到内容文件夹', fix: '确认在项目根目录运行，或设置 HONOR_ROLL_CONTENT。' }],
      entries,
    };
  }

  for (const [name, spec] of Object.entries(COLLECTION_SPECS) as [SpecName, (typeof COLLECTION_SPECS)[SpecName]][]) {
    const schema = spec.schema(checkerHelpers);
    const known = fieldNames(spec.schema(plainHelpers));
    const target = join(contentDir, spec.path);
    if (spec.format === 'yaml-map') {
      if (!existsSync(target)) continue;
      claimed.add(target);
      const file = rel(target);
      const decoded = decodeUtf8(readFileSync(target), file);
      if (!decoded.text) {
        problems.push(decoded.problem!);
        continue;
      }
      const src = parseYaml(decoded.text, file, 0, problems);
      const data: unknown = src.doc.errors.length ? undefined : src.doc.toJS();
      if (data === undefined || data === null) continue;
      if (typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, line: 1, column: 1, severity: 'error', code: 'bad-shape', message: '应为“编号: 内容”的形式', fix: '每个数字以它的编号开头，如 quanguo-laomo:，下面缩进写 label、value 等。' });
        continue;
      }
      for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
        validateEntry(name, id, file, src, value, schema, [id], problems, entries, known);
      }
      continue;
    }
    for (const abs of walkFiles(target)) {
      const ext = extname(abs).toLowerCase();
      if (IMAGE_EXTENSIONS.has(ext)) continue;
      claimed.add(abs);
      const file = rel(abs);
      if (!(spec.extensions as readonly string[]).includes(extname(abs))) {
        problems.push({
          file,
          severity: 'error',
          code: 'unknown-file',
          message: `这个文件不会被网站读取：${labelOf(name)}文件的扩展名应为 ${spec.extensions.join(' 或 ')}`,
          fix: `把文件改名为 ${idFromPath(file)}${spec.extensions[0]}（扩展名用小写）。`,
        });
        continue;
      }
      const decoded = decodeUtf8(readFileSync(abs), file);
      if (!decoded.text) {
        problems.push(decoded.problem!);
        markUnreadable(name, idFromPath(file));
        continue;
      }
      const src = spec.format === 'markdown' ? readMarkdown(decoded.text, file, problems) : parseYaml(decoded.text, file, 0, problems);
      if (!src || src.doc.errors.length) {
        markUnreadable(name, idFromPath(file));
        continue;
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
      validateEntry(name, id, file, src, src.doc.toJS() ?? {}, schema, [], problems, entries, known);
    }
  }

  // Every file in content/ must belong somewhere: nothing is silently ignored.
  for (const abs of walkFiles(contentDir)) {
    if (claimed.has(abs) || IMAGE_EXTENSIONS.has(extname(abs).toLowerCase())) continue;
    const r = toPosix(relative(contentDir, abs));
    if (ALLOWED_LOOSE.has(r)) continue;
    const top = r.split('/')[0] ?? '';
    const known = Object.values(COLLECTION_SPECS).some((s) => s.path === top);
    if (!known) {
      const folders = Object.values(COLLECTION_SPECS).map((s) => s.path);
      problems.push({
        file: rel(abs),
        severity: 'error',
        code: 'unknown-file',
        message: `这个文件不在任何栏目里，网站不会读取它`,
        fix: `把它移到这些文件夹之一：${folders.join('、')}${nearest(top, folders) ? `（是不是想放在 ${nearest(top, folders)}？）` : ''}。`,
      });
    }
  }

  checkDuplicates(entries, problems);
  checkReferences(entries, problems, unreadable);
  checkPrivacy(entries, problems);
  await checkImages(entries, problems, { cwd, skipPixels: options.skipImagePixels ?? false });

  const only = options.only?.map((f) => rel(resolve(cwd, f)));
  const kept = only ? problems.filter((p) => only.includes(p.file)) : problems;
  return { problems: kept, entries };
}

function validateEntry(
  collection: SpecName,
  id: string,
  file: string,
  src: SourceText,
  value: unknown,
  schema: z.ZodType,
  basePath: readonly PropertyKey[],
  problems: Problem[],
  entries: CheckedEntry[],
  known: readonly string[],
) {
  const result = schema.safeParse(value);
  if (result.success) {
    entries.push({ collection, id, file, data: result.data as Record<string, unknown>, source: src, valid: true });
    return;
  }
  for (const issue of result.error.issues) {
    problems.push(...issueToProblems(issue, value, file, src, basePath, known));
  }
  // Keep the entry for duplicate, reference and image checks, so one mistake does not hide the others.
  const shadow = shadowData(schema, value);
  const data = (shadow && typeof shadow === 'object' ? shadow : {}) as Record<string, unknown>;
  entries.push({ collection, id, file, data, source: src, valid: false });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
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

/** Turns one zod issue into Chinese problems with positions. */
function issueToProblems(
  issue: z.core.$ZodIssue,
  root: unknown,
  file: string,
  src: SourceText,
  basePath: readonly PropertyKey[],
  known: readonly string[],
): Problem[] {
  const path = issue.path;
  const fullPath = [...basePath, ...path];
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

function checkDuplicates(entries: CheckedEntry[], problems: Problem[]) {
  const seen = new Map<string, CheckedEntry>();
  for (const e of entries) {
    const key = `${e.collection}/${e.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, e);
      continue;
    }
    problems.push({
      file: e.file,
      severity: 'error',
      code: 'duplicate-slug',
      message: `网址重复：与 ${first.file} 的文件名都是“${e.id}”，两个条目会争用同一个网址`,
      fix: `给其中一个改名，如 ${e.id}-2。`,
    });
  }
}

function collectRefs(value: unknown, path: PropertyKey[], out: { path: PropertyKey[]; ref: RefValue }[]) {
  if (value && typeof value === 'object') {
    if ('ref' in value && 'id' in value && Object.keys(value).length === 2) {
      out.push({ path, ref: value as RefValue });
      return;
    }
    for (const [k, v] of Object.entries(value)) collectRefs(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
}

function checkReferences(entries: CheckedEntry[], problems: Problem[], unreadable: ReadonlyMap<string, ReadonlySet<string>> = new Map()) {
  const ids = new Map<string, string[]>();
  for (const e of entries) {
    const list = ids.get(e.collection) ?? [];
    list.push(e.id);
    ids.set(e.collection, list);
  }
  for (const e of entries) {
    const refs: { path: PropertyKey[]; ref: RefValue }[] = [];
    collectRefs(e.data, [], refs);
    const base = e.collection === 'figures' ? [e.id] : [];
    for (const { path, ref } of refs) {
      const existing = ids.get(ref.ref) ?? [];
      if (existing.includes(ref.id) || unreadable.get(ref.ref)?.has(ref.id)) continue;
      const guess = nearest(ref.id, existing);
      const spec = (COLLECTION_SPECS as Record<string, { path: string; format: string }>)[ref.ref];
      const where = spec?.format === 'yaml-map' ? `content/${spec.path} 里没有这个编号` : `content/${spec?.path ?? ref.ref}/ 里没有这个文件`;
      problems.push({
        file: e.file,
        ...positionOf(e.source, [...base, ...path]),
        field: fieldPath(path),
        severity: 'error',
        code: 'missing-reference',
        message: `找不到${labelOf(ref.ref)}“${ref.id}”（${where}）${guess ? `，是不是“${guess}”？` : ''}`,
        fix: guess ? `改成“${guess}”，或先新建 ${ref.id} 这个${labelOf(ref.ref)}。` : `先用 npm run new 新建这个${labelOf(ref.ref)}，或改成已有的文件名。`,
      });
    }
    if (e.collection === 'figures' && typeof e.data['latest'] === 'string') {
      const figureIds = ids.get('figures') ?? [];
      const latest = e.data['latest'];
      if (!figureIds.includes(latest)) {
        problems.push({
          file: e.file,
          ...positionOf(e.source, [e.id, 'latest']),
          field: `${e.id}.latest`,
          severity: 'error',
          code: 'missing-reference',
          message: `找不到数字“${latest}”`,
          fix: nearest(latest, figureIds) ? `是不是“${nearest(latest, figureIds)}”？` : '填 content/figures.yaml 里已有的编号。',
        });
      }
    }
  }
}

