/**
 * Turns the lines and tables of a published list into items: headings naming an honour and year, region or system
 * headings (kept as the award's note), person lines, collective lines, and lines the editor must look at.
 */
import type { Block, Line, Row } from './read.ts';
import type { KnownHonour, SiteIndex } from './site.ts';
import { type OrgForms, type UnitPost, collectiveKind, knownPrefix, orgForms, splitCollective, splitUnitPost } from './split.ts';
import { cleanName, findYear, isPersonName, looseText, normaliseLine } from './text.ts';

/** The honour, year and note that apply to an entry line. */
export interface AwardContext {
  honour?: KnownHonour;
  year?: number;
  note?: string;
}

interface At {
  line: number;
  text: string;
}
export type Item =
  | (At & { kind: 'heading'; honour?: KnownHonour; year?: number; doubt?: string })
  | (At & { kind: 'region'; note: string })
  | (At & { kind: 'columns'; mapping: string })
  | (At & { kind: 'person'; name: string; unit: UnitPost; award: AwardContext })
  | (At & { kind: 'collective'; name: string; unit: UnitPost; collectiveKind: string; award: AwardContext })
  | (At & { kind: 'skipped'; reason: string })
  | (At & { kind: 'uncertain'; reason: string });

export interface ParseOptions {
  /** An honour id given on the command line, for lists without a heading. */
  honour?: string;
  year?: number;
}

const HEADING_WORDS = /(名单|决定|通知|公示|公告|表彰|获得者|获奖者|获奖名单|称号的|有[:：]$)/;
const PROVINCES =
  '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾'.split(' ');
const REGION = new RegExp(`^(${PROVINCES.join('|')})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?$|^新疆生产建设兵团$|^(全国|中央|中华全国|中国).{0,10}(工会|系统)$`);
const COUNT = /^(.{2,20}?)\s*[(（]\s*(?:共\s*)?\d+\s*[人名个家项位]?\s*[)）]\s*[:：]?$/;
const NUMBERING = /^(?:\d+\s*[.、．)）]|[(（]\s*\d+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十\d]+[部分章节])\s*/;

const loose = (text: string) => looseText(text.replace(/\s/g, ''));

/** Honours named in a line, longest name or alias first; each honour once. */
function honoursIn(text: string, honours: readonly KnownHonour[]): KnownHonour[] {
  const t = loose(text);
  const hits = honours
    .flatMap((h) => h.forms.map((f) => ({ h, f: loose(f), at: t.indexOf(loose(f)) })))
    .filter((x) => x.f.length >= 2 && x.at >= 0)
    .sort((a, b) => b.f.length - a.f.length);
  // A shorter alias inside a longer hit (五一劳动奖章 inside 全国五一劳动奖章) is the same mention.
  const kept: typeof hits = [];
  for (const x of hits) if (!kept.some((k) => x.at >= k.at && x.at + x.f.length <= k.at + k.f.length)) kept.push(x);
  return [...new Set(kept.map((k) => k.h))];
}

export function matchHonour(text: string, honours: readonly KnownHonour[]): KnownHonour | undefined {
  const hits = honoursIn(text, honours);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Splits "王　伟 单位职务", "阿依古丽·买买提，单位" and "王伟（单位职务）" into name and the rest. */
function splitName(text: string): { name: string; rest: string } | { doubt: string } {
  const padded = /^(\p{Script=Han}) (\p{Script=Han})(?: (.*))?$/u.exec(text);
  if (padded) return { name: padded[1]! + padded[2]!, rest: padded[3] ?? '' };
  const m = /^([\p{L}·]+?)(?:\s*[ ，,：:、]\s*|\s*(?=[(（]))(.*)$/u.exec(text);
  if (m && isPersonName(cleanName(m[1]!))) {
    const rest = m[2]!.replace(/^[(（](.*)[)）]$/, '$1').trim();
    return { name: cleanName(m[1]!), rest };
  }
  if (isPersonName(cleanName(text))) return { name: cleanName(text), rest: '' };
  if (/^\p{Script=Han}{5,}/u.test(text)) return { doubt: '姓名和单位连在一起，看不出姓名有几个字：请在姓名后加一个空格' };
  return { doubt: '看不出姓名：姓名应在行首，后面空一格写单位和职务' };
}

class Parser {
  items: Item[] = [];
  private award: AwardContext = {};
  private readonly known: OrgForms;
  /** Honour and year given on the command line win over headings. */
  private readonly fixed: { honour: boolean; year: boolean };
  private readonly site: SiteIndex;
  constructor(site: SiteIndex, opts: ParseOptions) {
    this.site = site;
    this.known = orgForms(site.organizations);
    const honour = opts.honour ? site.honours.find((h) => h.id === opts.honour) : undefined;
    this.award = { ...(honour ? { honour } : {}), ...(opts.year ? { year: opts.year } : {}) };
    this.fixed = { honour: Boolean(honour), year: Boolean(opts.year) };
  }

  /** A heading or region line changes what follows; returns false when the line is not one. */
  private context(at: At, t: string): boolean {
    const bare = t.replace(NUMBERING, '');
    const named = honoursIn(bare, this.site.honours);
    const year = findYear(bare);
    const count = COUNT.exec(bare);
    const isHeading = HEADING_WORDS.test(bare) || (named.length > 0 && (year !== undefined || bare.length <= 24 || count !== null));
    if (isHeading) {
      const item: Item = { kind: 'heading', ...at };
      if (year && !this.fixed.year) this.award.year = year;
      if (!this.fixed.honour) {
        if (named.length === 1) this.award.honour = named[0]!;
        else if (named.length > 1) {
          delete this.award.honour;
          item.doubt = `提到 ${named.length} 项荣誉（${named.map((h) => h.name).join('、')}），按下面的分节标题对应`;
        } else if (/(名单|获得者|获奖者|有[:：]$)/.test(bare)) {
          delete this.award.honour;
          item.doubt = '标题里没有网站已有的荣誉：先用 npm run new -- honour 荣誉名称 建立（或给已有荣誉加别名），再导入；也可加 --honour 荣誉文件名';
        }
      }
      if (this.award.honour) item.honour = this.award.honour;
      if (this.award.year) item.year = this.award.year;
      delete this.award.note;
      this.items.push(item);
      return true;
    }
    const region = count?.[1] ?? (REGION.test(bare) ? bare : /^([^\s:：]{2,16})[:：]$/.exec(bare)?.[1]);
    if (region) {
      this.award.note = region;
      this.items.push({ kind: 'region', ...at, note: region });
      return true;
    }
    return false;
  }

  line({ no, text }: Line): void {
    const t = normaliseLine(text);
    if (!t) return;
    const at = { line: no, text: t };
    if (/^[(（].*[)）]$/.test(t) || /^附件\s*\d*$/.test(t)) {
      this.items.push({ kind: 'skipped', ...at, reason: '说明文字' });
      return;
    }
    if (this.context(at, t)) return;
    this.entry(at, t.replace(NUMBERING, ''));
  }

  private entry(at: At, t: string): void {
    const award = { ...this.award };
    const recipient = award.honour?.recipient;
    const n = splitName(t);
    // Without an honour saying 个人 or 集体, a line is a person's when it starts with a name followed by a unit.
    if (recipient === '个人' || (recipient !== '集体' && !('doubt' in n) && n.rest !== '')) {
      if ('doubt' in n) return void this.items.push({ kind: 'uncertain', ...at, reason: n.doubt });
      if (!n.rest) return void this.items.push({ kind: 'uncertain', ...at, reason: `只有姓名“${n.name}”，没有单位：在姓名后空一格写单位和职务` });
      this.items.push({ kind: 'person', ...at, name: n.name, unit: splitUnitPost(n.rest, this.known), award });
      return;
    }
    const name = t.replace(/\s/g, '');
    const unit = splitCollective(name, this.known);
    this.items.push({ kind: 'collective', ...at, name, unit, collectiveKind: collectiveKind(name, unit.unit === name), award });
  }

  table(rows: Row[]): void {
    const header = findHeader(rows);
    if (!header) {
      for (const r of rows) this.line({ no: r.no, text: r.cells.filter(Boolean).join(' ') });
      return;
    }
    for (const r of rows.slice(0, header.index)) this.line({ no: r.no, text: r.cells.filter(Boolean).join(' ') });
    const headerRow = rows[header.index]!;
    this.items.push({ kind: 'columns', line: headerRow.no, text: headerRow.cells.join(' | '), mapping: describeMapping(headerRow.cells, header.columns) });
    const col = (r: Row, f: Field) => (header.columns[f] === undefined ? '' : normaliseLine(r.cells[header.columns[f]!] ?? ''));
    for (const r of rows.slice(header.index + 1)) {
      const filled = r.cells.filter((c) => c.trim());
      if (filled.length === 0) continue;
      const at = { line: r.no, text: filled.map(normaliseLine).join(' | ') };
      // A row with a single cell in the first column is a heading or region inside the table.
      if (filled.length === 1 && r.cells[0]?.trim() && header.columns.name !== 0) {
        this.line({ no: r.no, text: r.cells[0] });
        continue;
      }
      const award: AwardContext = { ...this.award };
      const honourText = col(r, 'honour');
      if (honourText) {
        const h = matchHonour(honourText, this.site.honours);
        if (!h) {
          this.items.push({ kind: 'uncertain', ...at, reason: `荣誉“${honourText}”不是网站已有的荣誉：先建立这项荣誉或给它加别名` });
          continue;
        }
        award.honour = h;
      }
      const y = findYear(col(r, 'year'));
      if (y) award.year = y;
      const note = col(r, 'note');
      if (note) award.note = note;
      const name = cleanName(col(r, 'name'));
      const unitText = col(r, 'unit').replace(/\s/g, '');
      const post = col(r, 'post');
      const collective = col(r, 'collective').replace(/\s/g, '');
      if (name) {
        if (!isPersonName(name)) {
          this.items.push({ kind: 'uncertain', ...at, reason: `“${name}”不像姓名` });
          continue;
        }
        let unit: UnitPost;
        if (header.columns.unitPost !== undefined) unit = splitUnitPost(col(r, 'unitPost'), this.known);
        else {
          const k = knownPrefix(unitText, this.known);
          unit = k && k.length === unitText.length ? { unit: k.org.name, organization: k.org.id } : { unit: unitText };
          if (post) unit.post = post;
          if (!unitText) unit.doubt = '这一行没有单位';
        }
        this.items.push({ kind: 'person', ...at, name, unit, award });
      } else if (collective || unitText) {
        const cname = collective || unitText;
        const unit = collective && unitText ? splitCollective(unitText, this.known) : splitCollective(cname, this.known);
        this.items.push({ kind: 'collective', ...at, name: cname, unit, collectiveKind: collectiveKind(cname, unit.unit === cname), award });
      } else {
        this.items.push({ kind: 'uncertain', ...at, reason: '这一行没有姓名，也没有集体或单位' });
      }
    }
  }
}

type Field = 'name' | 'unit' | 'post' | 'unitPost' | 'honour' | 'year' | 'note' | 'collective';
const FIELD_LABELS: Record<Field, string> = { name: '姓名', unit: '单位', post: '职务', unitPost: '单位和职务', honour: '荣誉', year: '年份', note: '说明（地区或系统）', collective: '集体' };
const HEADERS: [Field, RegExp][] = [
  ['unitPost', /^(工作)?单位(及|和|与|、|\/)?(职务|职称|岗位)/],
  ['name', /^(姓名|名字|获奖者|获奖人|获得者|人员姓名)$/],
  ['collective', /^(集体|集体名称|获奖集体|获奖单位|班组|班组名称)$/],
  ['unit', /^(工作单位|所在单位|单位|单位名称|单位全称|工作单位名称)$/],
  ['post', /^(职务|职称|岗位|职务职称|职务\/职称|职务（职称）|职务\(职称\)|工种)$/],
  ['honour', /^(荣誉|荣誉称号|称号|奖项|获得荣誉|荣誉名称)$/],
  ['year', /^(年份|年度|获奖年份|获得年份|授予年份|表彰年份|时间)$/],
  ['note', /^(地区|省份|省市|系统|地区或系统|所属|备注|推荐单位)$/],
];

function findHeader(rows: Row[]): { index: number; columns: Partial<Record<Field, number>> } | undefined {
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const columns: Partial<Record<Field, number>> = {};
    rows[index]!.cells.forEach((c, i) => {
      const t = normaliseLine(c).replace(/\s/g, '');
      const f = HEADERS.find(([field, re]) => re.test(t) && columns[field] === undefined)?.[0];
      if (f) columns[f] = i;
    });
    const n = Object.keys(columns).length;
    if (n >= 2 && (columns.name !== undefined || columns.collective !== undefined || columns.unit !== undefined)) return { index, columns };
  }
  return undefined;
}

function describeMapping(cells: string[], columns: Partial<Record<Field, number>>): string {
  return cells
    .map((c, i) => {
      const f = (Object.keys(columns) as Field[]).find((k) => columns[k] === i);
      return `第 ${i + 1} 列“${c}”→ ${f ? FIELD_LABELS[f] : '不使用'}`;
    })
    .join('；');
}

export function parseList(blocks: readonly Block[], site: SiteIndex, opts: ParseOptions = {}): Item[] {
  const p = new Parser(site, opts);
  for (const b of blocks) {
    if (b.kind === 'lines') for (const l of b.lines) p.line(l);
    else p.table(b.rows);
  }
  return p.items;
}
