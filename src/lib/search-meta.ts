/**
 * What the search index knows about an entry besides its visible text: hidden alias terms (pinyin, initials,
 * given name, short names, full-width Latin), filters, and the data a result card shows and a sort reads
 * (`sortName`, `year`: src/search/sort-results.ts).
 * Computed at build time; `SearchMeta.astro` renders it as hidden, attribute-only markup.
 */
import { nameSyllables, pinyinVariants } from './pinyin.ts';
import { honourLine } from './honour-line.ts';
import type { FilterKey } from './search-filters.ts';

export type SearchKind = 'person' | 'collective' | 'story' | 'honour' | 'organization';

export { FILTER_KEYS, type FilterKey } from './search-filters.ts';

export interface SearchMetaInput {
  kind: SearchKind;
  /** Display name of the kind, e.g. 人物. */
  kindLabel: string;
  name: string;
  /** Whether `name` is a person's name (surname readings, given name). */
  personal?: boolean;
  aliases?: readonly string[];
  enterprise?: { name: string; shortName?: string | undefined; aliases?: readonly string[] } | undefined;
  honours?: readonly { name: string; level: string; year?: number | undefined; aliases?: readonly string[] }[];
  /** The highest honour and year shown on the result card. */
  highest?: { name: string; year?: number | undefined } | undefined;
  years?: readonly number[];
  industry?: string | undefined;
  summary?: string | undefined;
  /** Other names this entry should be found by (people a story is about …), with their own variants. */
  related?: readonly { name: string; personal?: boolean }[];
  avatar?: string | undefined;
  image?: string | undefined;
}

export interface SearchMeta {
  terms: string[];
  meta: Record<string, string>;
  filters: Partial<Record<FilterKey, string[]>>;
}

/** ＳＭＣ ⇄ SMC: full-width forms of ASCII letters and digits (U+FF01–FF5E) and back. */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

const uniq = (list: Iterable<string | undefined>) => [...new Set([...list].map((s) => s?.trim()).filter((s): s is string => !!s))];

/** The given name of a Chinese personal name: 何茂栋 → 茂栋, 欧阳测试 → 测试 (common compound surnames). */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '澹台'];
export function givenName(name: string): string | undefined {
  const chars = [...name];
  if (!/^\p{Script=Han}{2,5}$/u.test(name)) return undefined;
  const surnameLength = COMPOUND_SURNAMES.some((s) => name.startsWith(s)) && chars.length > 2 ? 2 : 1;
  const rest = chars.slice(surnameLength).join('');
  return rest.length >= 1 ? rest : undefined;
}

/** Every spelling a name can be searched by. */
export function nameTerms(name: string, personal = false): string[] {
  const out: string[] = [name];
  if (personal) {
    const g = givenName(name);
    if (g) out.push(g);
  }
  out.push(...pinyinVariants(name, { surname: personal }));
  if (/[A-Za-z0-9]/.test(name)) out.push(toFullWidth(name.replace(/[^!-~]/g, '')), name.replace(/[^A-Za-z0-9]/g, ''));
  return uniq(out);
}

/** Shorter spellings of an enterprise: 施耐德公司 → 施耐德 as well. */
function orgTerms(org: NonNullable<SearchMetaInput['enterprise']>): string[] {
  const out: string[] = [];
  for (const n of [org.shortName, ...(org.aliases ?? [])]) {
    if (!n) continue;
    out.push(...nameTerms(n));
    const trimmed = n.replace(/(股份)?(有限)?(公司|集团)$/u, '');
    if (trimmed && trimmed !== n && trimmed.length >= 2) out.push(...nameTerms(trimmed));
  }
  return out;
}

export function searchMeta(input: SearchMetaInput): SearchMeta {
  const terms: string[] = [];
  terms.push(...nameTerms(input.name, input.personal));
  for (const a of input.aliases ?? []) terms.push(...nameTerms(a, input.personal));
  if (input.enterprise) terms.push(...orgTerms(input.enterprise));
  for (const h of input.honours ?? []) for (const a of h.aliases ?? []) terms.push(a);
  for (const r of input.related ?? []) terms.push(...nameTerms(r.name, r.personal));

  const years = [...new Set(input.years ?? [])].sort((a, b) => b - a);
  const meta: Record<string, string> = { kind: input.kind, kindLabel: input.kindLabel };
  // What a sort by name or by year reads (the name in pinyin syllables, the latest year).
  meta['sortName'] = nameSyllables(input.name).join(' ') || input.name;
  if (years[0] !== undefined) meta['year'] = String(years[0]);
  if (input.enterprise && input.kind !== 'organization') meta['enterprise'] = input.enterprise.name;
  if (input.highest) meta['honour'] = honourLine(input.highest.year, input.highest.name);
  if (input.summary) meta['summary'] = input.summary;
  if (input.avatar) meta['avatar'] = input.avatar;
  if (input.image) meta['image'] = input.image;

  const filters: Partial<Record<FilterKey, string[]>> = { 类型: [input.kindLabel] };
  const honourNames = uniq((input.honours ?? []).map((h) => h.name));
  if (honourNames.length) filters['荣誉'] = honourNames;
  const levels = uniq((input.honours ?? []).map((h) => h.level));
  if (levels.length) filters['级别'] = levels;
  if (years.length) filters['年份'] = years.map(String);
  const unit = input.kind === 'organization' ? input.name : input.enterprise?.name;
  if (unit) filters['单位'] = [unit];
  if (input.industry) filters['行业'] = [input.industry];

  return {
    // The visible name is already in the page text; keep only what the page does not say.
    terms: uniq(terms).filter((t) => t !== input.name),
    meta,
    filters,
  };
}
