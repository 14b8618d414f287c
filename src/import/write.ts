/**
 * Writes a plan: new organizations from the scaffold's template, new people and collectives as drafts (draft: true)
 * carrying the award and the list as their source, and new awards appended to existing entries. Never replaces a
 * file: new files are created exclusively, existing ones only gain award lines. Every entry is validated with the
 * site's own schema before it is written; one that fails is reported, not written.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Document, isSeq, parseDocument } from 'yaml';
import { schemaOf } from '../kinds.ts';
import { honourAwardSchema, plainHelpers, sourceSchema, type Source } from '../schemas/common.ts';
import type { Holder, Plan, PlannedAward } from './plan.ts';

export interface WriteOptions {
  cwd: string;
  source: Source;
  /** YYYY-MM-DD (Beijing) for `published`. */
  today: string;
  /** The organization file the scaffold writes (`npm run new -- organization`). */
  organizationTemplate: (name: string, today: string) => string;
  /** The slug of the site's industry named 其他, if it has one: a new unit's industry until an editor picks one. */
  otherIndustry?: string | undefined;
}

export interface WriteResult {
  created: string[];
  updated: string[];
  /** New organizations whose industry the editor must fill in before the site builds. */
  needIndustry: string[];
  /** Entries not written because they would not validate: file and the schema's messages. */
  refused: { file: string; reason: string }[];
}

const DRAFT_NOTE =
  ' 由 npm run import 从表彰名单导入的草稿。补上一句话简介（summary）、同意记录（consent）和事迹正文，\n 运行 npm run check 看还缺什么，确认无误后把 draft 改成 false 才会发布。';

const awardData = (a: PlannedAward, source: Source) => ({ ...a, source });

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.') || '（整条）'}：${i.message}`).join('；');
}

/** Each kind's schema, made once per run (making a zod schema is not free, a list may have thousands of lines). */
const schemas = new Map<string, ReturnType<typeof schemaOf>>();
function schemaFor(kind: 'people' | 'collectives') {
  let schema = schemas.get(kind);
  if (!schema) schemas.set(kind, (schema = schemaOf(kind, plainHelpers)));
  return schema;
}

function newEntryText(h: Holder, opts: WriteOptions): { text: string; problem?: string } {
  const data: Record<string, unknown> = { name: h.name };
  if (h.collection === 'collectives') data['kind'] = h.collectiveKind ?? '其他';
  data['organization'] = h.organization.id;
  if (h.post) data['position'] = h.post;
  data['honours'] = h.awards.map((a) => awardData(a, opts.source));
  data['draft'] = true;
  data['published'] = opts.today;
  data['sources'] = [opts.source];
  const check = schemaFor(h.collection).safeParse(data);
  const doc = new Document(data, { aliasDuplicateObjects: false });
  doc.commentBefore = DRAFT_NOTE;
  return { text: `---\n${doc.toString({ lineWidth: 0 })}---\n`, ...(check.success ? {} : { problem: issues(check) }) };
}

const FRONTMATTER = /^(\ufeff?---[ \t]*\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))([\s\S]*)$/;

/** Appends awards to an existing entry's `honours`, keeping everything else (comments included) as it was. */
function appendAwards(text: string, awards: PlannedAward[], source: Source): string | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  const doc = parseDocument(m[2]!);
  if (doc.errors.length) return undefined;
  const seq = doc.get('honours', true);
  const items = awards.map((a) => doc.createNode(awardData(a, source), { aliasDuplicateObjects: false }));
  if (isSeq(seq)) {
    seq.flow = false;
    for (const i of items) seq.items.push(i);
  } else doc.set('honours', doc.createNode(awards.map((a) => awardData(a, source)), { aliasDuplicateObjects: false }));
  return `${m[1]}${doc.toString({ lineWidth: 0 })}${m[3]}${m[4]}`;
}

export function writePlan(plan: Plan, opts: WriteOptions): WriteResult {
  const result: WriteResult = { created: [], updated: [], needIndustry: [], refused: [] };
  const source = sourceSchema.safeParse(opts.source);
  if (!source.success) throw new Error(`名单的出处不完整：${issues(source)}`);
  const award = honourAwardSchema(plainHelpers.reference);
  const create = (file: string, text: string) => {
    const abs = resolve(opts.cwd, file);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text, { flag: 'wx' }); // never replaces a file
    result.created.push(file);
  };
  const needed = new Set(plan.holders.filter((h) => h.isNew || h.awards.length).map((h) => h.organization.id));
  for (const o of plan.organizations) {
    if (!needed.has(o.id)) continue;
    const text = opts.organizationTemplate(o.name, opts.today);
    // A list does not say a unit's industry: 其他 when the site has it, otherwise left blank for the checker to ask.
    create(o.file, opts.otherIndustry ? text.replace(/^industry: ""/m, `industry: ${opts.otherIndustry}`) : text);
    if (!opts.otherIndustry) result.needIndustry.push(o.file);
  }
  for (const h of plan.holders) {
    if (h.isNew) {
      const { text, problem } = newEntryText(h, opts);
      if (problem) result.refused.push({ file: h.file, reason: problem });
      else create(h.file, text);
      continue;
    }
    if (!h.awards.length) continue;
    const bad = h.awards.map((a) => award.safeParse(awardData(a, opts.source))).find((r) => !r.success);
    if (bad) {
      result.refused.push({ file: h.file, reason: issues(bad) });
      continue;
    }
    const abs = resolve(opts.cwd, h.file);
    const updated = appendAwards(readFileSync(abs, 'utf8'), h.awards, opts.source);
    if (updated === undefined) result.refused.push({ file: h.file, reason: '资料区读不出来（先运行 npm run check 修好这个文件）' });
    else {
      writeFileSync(abs, updated);
      result.updated.push(h.file);
    }
  }
  return result;
}
