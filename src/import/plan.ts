/**
 * What importing a list would do, line by line: which people, collectives and organizations already exist (a person
 * only when name AND unit match, never by name alone), which are new and under which file name, which awards are
 * added, and which lines the editor must confirm first. Nothing is written here.
 */
import { join, relative } from 'node:path';
import { slugFor } from '../lib/slug.ts';
import { KINDS, kindOfSingular } from '../kinds.ts';
import type { AwardContext, Item } from './parse.ts';
import type { KnownHolder, KnownHonour, SiteIndex } from './site.ts';
import { matchKey } from './text.ts';

export interface PlannedAward {
  honour: string;
  year?: number;
  note?: string;
}

export interface OrgRef {
  id: string;
  name: string;
  file: string;
  isNew: boolean;
}

export interface Holder {
  collection: 'people' | 'collectives';
  id: string;
  name: string;
  file: string;
  isNew: boolean;
  organization: OrgRef;
  /** Person's post, collective's kind: from the first line that names the holder. */
  post?: string;
  collectiveKind?: string;
  /** Awards this import adds. */
  awards: PlannedAward[];
}

interface At {
  line: number;
  text: string;
}
export type Step =
  | (At & { kind: 'heading'; honour?: KnownHonour; year?: number; doubt?: string })
  | (At & { kind: 'region'; note: string })
  | (At & { kind: 'columns'; mapping: string })
  | (At & { kind: 'skipped'; reason: string })
  | (At & { kind: 'uncertain'; reason: string })
  | (At & { kind: 'entry'; holder: Holder; award: PlannedAward; honourName: string; awardIsNew: boolean; newOrg: boolean; sameName: KnownHolder[] });

export interface Plan {
  steps: Step[];
  organizations: OrgRef[];
  holders: Holder[];
}

export interface PlanOptions {
  /** Whether an award may be written without a year (depends on the schema on this site). */
  yearOptional: boolean;
}

const awardKey = (a: { honour: string; year?: number }) => `${a.honour}|${a.year ?? ''}`;

export function planImport(items: readonly Item[], site: SiteIndex, opts: PlanOptions): Plan {
  const rel = (abs: string) => relative(site.cwd, abs).split('\\').join('/');
  const fileOf = (collection: 'people' | 'collectives' | 'organizations', id: string) =>
    rel(join(site.contentDir, KINDS[collection].path, `${id}${KINDS[collection].extensions[0]}`));
  const taken = { people: new Set(site.ids.people), collectives: new Set(site.ids.collectives), organizations: new Set(site.ids.organizations) };
  const allocate = (collection: keyof typeof taken, kind: 'person' | 'collective' | 'organization', name: string) => {
    // The project's one slug rule (src/lib/slug.ts), as `npm run new` uses it; a taken name gets -2, -3 …
    const base = slugFor(kind, name);
    let id = base;
    for (let i = 2; taken[collection].has(id); i++) id = `${base}-${i}`;
    taken[collection].add(id);
    return id;
  };

  const orgByKey = new Map<string, OrgRef>();
  for (const o of site.organizations) {
    const ref = { id: o.id, name: o.name, file: fileOf('organizations', o.id), isNew: false };
    for (const f of o.forms) if (!orgByKey.has(matchKey(f))) orgByKey.set(matchKey(f), ref);
  }
  const orgById = new Map([...orgByKey.values()].map((o) => [o.id, o]));
  const newOrgs: OrgRef[] = [];
  const resolveOrg = (unit: string, id?: string): OrgRef => {
    const known = (id && orgById.get(id)) || orgByKey.get(matchKey(unit));
    if (known) return known;
    const ref = { id: allocate('organizations', 'organization', unit), name: unit, file: '', isNew: true };
    ref.file = fileOf('organizations', ref.id);
    orgByKey.set(matchKey(unit), ref);
    newOrgs.push(ref);
    return ref;
  };

  // Existing people and collectives by name key and by id, built once (a list may have thousands of lines).
  const byName = { people: new Map<string, KnownHolder[]>(), collectives: new Map<string, KnownHolder[]>() };
  const byId = { people: new Map<string, KnownHolder>(), collectives: new Map<string, KnownHolder>() };
  for (const collection of ['people', 'collectives'] as const) {
    for (const e of site[collection]) {
      const key = matchKey(e.name);
      byName[collection].set(key, [...(byName[collection].get(key) ?? []), e]);
      byId[collection].set(e.id, e);
    }
  }

  const holders = new Map<string, Holder>();
  const holderFor = (collection: 'people' | 'collectives', name: string, org: OrgRef): Holder => {
    // People: same name and same unit. Collectives: same name (a collective's name already says its unit).
    const key = collection === 'people' ? `${collection}|${matchKey(name)}|${org.id}` : `${collection}|${matchKey(name)}`;
    let h = holders.get(key);
    if (h) return h;
    const existing = byName[collection].get(matchKey(name))?.find((e) => collection === 'collectives' || e.organization === org.id);
    h = existing
      ? { collection, id: existing.id, name: existing.name, file: existing.file, isNew: false, organization: org, awards: [] }
      : { collection, id: '', name, file: '', isNew: true, organization: org, awards: [] };
    if (!existing) {
      h.id = allocate(collection, collection === 'people' ? 'person' : 'collective', name);
      h.file = fileOf(collection, h.id);
    }
    holders.set(key, h);
    return h;
  };

  const awardFrom = (a: AwardContext): PlannedAward | string => {
    if (!a.honour) return '不知道是哪项荣誉：名单前面要有写明荣誉的标题（如“2022年全国五一劳动奖章获得者名单”），或加 --honour 荣誉文件名';
    if (a.year === undefined && !opts.yearOptional) return '不知道年份：标题里没有年份，可加 --year 2022';
    return { honour: a.honour.id, ...(a.year !== undefined ? { year: a.year } : {}), ...(a.note ? { note: a.note } : {}) };
  };

  const steps: Step[] = [];
  for (const item of items) {
    const at = { line: item.line, text: item.text };
    if (item.kind !== 'person' && item.kind !== 'collective') {
      steps.push(item);
      continue;
    }
    const who = item.kind === 'person' ? `${item.name}：` : '';
    if (item.unit.doubt) {
      const split = `单位“${item.unit.unit}”${item.unit.post ? `、职务“${item.unit.post}”` : ''}`;
      steps.push({ kind: 'uncertain', ...at, reason: `${who}${item.unit.doubt}（现在分成${split}）。确认后在单位和职务之间加一个空格，再导入` });
      continue;
    }
    const award = awardFrom(item.award);
    if (typeof award === 'string') {
      steps.push({ kind: 'uncertain', ...at, reason: `${who}${award}` });
      continue;
    }
    // The kinds table says which folder a person or collective goes to and which recipient its honours name.
    const collection = kindOfSingular(item.kind) as 'people' | 'collectives';
    const expected = KINDS[collection].recipient;
    if (item.award.honour!.recipient && item.award.honour!.recipient !== expected) {
      steps.push({ kind: 'uncertain', ...at, reason: `“${item.award.honour!.name}”授予${item.award.honour!.recipient}，这一行却像${expected}` });
      continue;
    }
    const newOrg = !orgByKey.has(matchKey(item.unit.unit)) && !(item.unit.organization && orgById.has(item.unit.organization));
    const org = resolveOrg(item.unit.unit, item.unit.organization);
    const holder = holderFor(collection, item.name, org);
    if (item.kind === 'person' && item.unit.post && !holder.post) holder.post = item.unit.post;
    if (item.kind === 'collective') holder.collectiveKind ??= item.collectiveKind;
    const known = holder.isNew ? undefined : byId[collection].get(holder.id);
    const already = [...(known?.awards ?? []), ...holder.awards].some((a) => awardKey(a) === awardKey(award));
    if (!already) holder.awards.push(award);
    const sameName =
      collection === 'people' && holder.isNew ? (byName.people.get(matchKey(item.name)) ?? []).filter((p) => p.organization !== org.id) : [];
    steps.push({ kind: 'entry', ...at, holder, award, honourName: item.award.honour!.name, awardIsNew: !already, newOrg, sameName });
  }
  return { steps, organizations: newOrgs, holders: [...holders.values()] };
}
