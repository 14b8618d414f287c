/**
 * Where a unit ends and a post begins in "华东师范大学第一附属中学教师": first the site's own organizations (by name,
 * short name, alias), then the words units end with. Every split that is not certain says why, for the editor.
 */
import type { KnownOrganization } from './site.ts';
import { looseText as loose } from './text.ts';

/** Words a unit name ends with. Longer first, so 中学 wins over a shorter ending inside it. */
export const UNIT_ENDINGS = [
  '公司', '学校', '中学', '小学', '大学', '学院', '医院', '剧团', '中心', '集团', '银行', '政府', '委员会', '工会',
  '厂', '院', '所', '局', '队', '站', '馆', '矿',
] as const;
const SINGLE_CHAR_ENDINGS = new Set<string>(UNIT_ENDINGS.filter((e) => e.length === 1));

/** How posts end: 主任, 工程师, 护士长, 技术员, 书记、总经理 … */
const POST_ENDING = /(长|主任|经理|师|员|工|书记|主席|教授|医生|护士|专家|总监|总裁|负责人|带头人|代表|农民|手|匠|干部|骨干|教练|演员|作家|司机|主管|总工|领班|秘书|会计|警|兵|人|生|士|家|官)$/u;
export const looksLikePost = (text: string): boolean => text.length >= 2 && POST_ENDING.test(text);

export interface UnitPost {
  unit: string;
  post?: string;
  /** The site's organization the unit is, when known. */
  organization?: string;
  /** Why the split is not certain; absent when it is. */
  doubt?: string;
}


export interface OrgForms {
  forms: { form: string; org: KnownOrganization }[];
}

/** The written forms of every known organization, longest first, for prefix matching. */
export function orgForms(orgs: readonly KnownOrganization[]): OrgForms {
  const forms = orgs.flatMap((org) => org.forms.map((f) => ({ form: loose(f.replace(/\s/g, '')), org })));
  return { forms: forms.filter((f) => f.form.length >= 2).sort((a, b) => b.form.length - a.form.length) };
}

/** The known organization a text starts with, and how many characters of the text it covers. */
export function knownPrefix(text: string, known: OrgForms): { org: KnownOrganization; length: number } | undefined {
  const t = loose(text);
  const hit = known.forms.find((f) => t.startsWith(f.form));
  return hit ? { org: hit.org, length: hit.form.length } : undefined;
}

/** Positions just after a unit ending, from the left: "测试大学附属医院" → [4, 8]. */
function unitEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 2; i <= text.length; i++) {
    if (UNIT_ENDINGS.some((e) => i - e.length >= 1 && text.slice(i - e.length, i) === e)) ends.push(i);
  }
  return ends;
}

const endingAt = (text: string, i: number) => UNIT_ENDINGS.find((e) => text.slice(i - e.length, i) === e) ?? '';

/** Splits unit and post; `text` is what follows the name on a person line. */
export function splitUnitPost(text: string, known: OrgForms): UnitPost {
  const parts = text.split(/[ ,，|｜/]+/).filter(Boolean);
  const whole = parts.join('');
  // Written apart by the list itself (or by the editor confirming a split): "某某公司 工程师".
  if (parts.length > 1 && looksLikePost(parts[parts.length - 1]!)) {
    const unit = parts.slice(0, -1).join('');
    const k = knownPrefix(unit, known);
    return { unit: k && k.length === unit.length ? k.org.name : unit, post: parts[parts.length - 1]!, ...(k && k.length === unit.length ? { organization: k.org.id } : {}) };
  }
  const k = knownPrefix(whole, known);
  if (k) {
    const post = whole.slice(k.length);
    if (!post) return { unit: k.org.name, organization: k.org.id };
    if (looksLikePost(post)) return { unit: k.org.name, post, organization: k.org.id };
  }
  const ends = unitEnds(whole);
  if (ends.length === 0) return { unit: whole, doubt: `找不到单位在哪里结束（没有“公司、厂、院、所、中心、学校、医院”等结尾，也不是网站已有的单位）` };
  if (ends[ends.length - 1] === whole.length && !looksLikePost(whole.slice(ends[ends.length - 2] ?? whole.length))) {
    return { unit: whole };
  }
  const valid = ends.filter((i) => looksLikePost(whole.slice(i)));
  const i = valid[valid.length - 1];
  if (i === undefined) {
    const last = ends[ends.length - 1]!;
    return { unit: whole.slice(0, last), post: whole.slice(last), doubt: `“${whole.slice(last)}”不像职务，单位和职务可能分错了` };
  }
  const post = whole.slice(i);
  const unit = whole.slice(0, i);
  if (valid.length > 1 && SINGLE_CHAR_ENDINGS.has(endingAt(whole, i))) {
    const j = valid[valid.length - 2]!;
    return { unit, post, doubt: `也可能是单位“${whole.slice(0, j)}”、职务“${whole.slice(j)}”` };
  }
  if (post.length > 10) return { unit, post, doubt: `职务“${post}”很长，单位可能没有分完` };
  return { unit, post };
}

/** The organization a collective belongs to: "虚构科技有限公司第三车间" → 虚构科技有限公司; a whole unit is its own. */
export function splitCollective(name: string, known: OrgForms): UnitPost {
  const whole = name.replace(/\s/g, '');
  const k = knownPrefix(whole, known);
  if (k) return { unit: k.org.name, organization: k.org.id };
  const ends = unitEnds(whole).filter((i) => i < whole.length);
  const last = ends[ends.length - 1];
  if (last !== undefined) return { unit: whole.slice(0, last) };
  if (unitEnds(whole).includes(whole.length)) return { unit: whole };
  return { unit: whole, doubt: '找不到所属单位（名称里没有“公司、厂、院、所、中心、学校、医院”等，也不以网站已有的单位开头）' };
}

/** The collective kind a name suggests. */
export function collectiveKind(name: string, isWholeUnit: boolean): string {
  if (/(班组|班|组)$/.test(name)) return '班组';
  if (/车间$/.test(name)) return '车间';
  if (/工作室$/.test(name)) return '创新工作室';
  if (/工会$/.test(name)) return '工会';
  if (/项目部$/.test(name)) return '项目部';
  if (/(部|科|室|处)$/.test(name)) return '部门';
  if (isWholeUnit && /(公司|厂|集团)$/.test(name)) return '企业';
  return '其他';
}
