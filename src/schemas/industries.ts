/**
 * The fixed industry list. An organization names one of these slugs; `/industries/<slug>/` lists them.
 * Kept short and broad on purpose: editors pick, they do not invent.
 */
export const INDUSTRIES = [
  { slug: 'jicheng-dianlu', name: '集成电路' },
  { slug: 'zhineng-zhizao', name: '智能制造与装备' },
  { slug: 'dianqi-shebei', name: '电气设备' },
  { slug: 'dianzi-shangwu', name: '电子商务与物流' },
  { slug: 'xinxi-jishu', name: '新一代信息技术' },
  { slug: 'qiche', name: '汽车与新能源汽车' },
  { slug: 'shengwu-yiyao', name: '生物技术和大健康' },
  { slug: 'nengyuan', name: '能源与电力' },
  { slug: 'gonggong-fuwu', name: '公共服务与社会组织' },
  { slug: 'qita', name: '其他' },
] as const;

export type IndustrySlug = (typeof INDUSTRIES)[number]['slug'];
export const INDUSTRY_SLUGS = INDUSTRIES.map((i) => i.slug) as [IndustrySlug, ...IndustrySlug[]];
export const industryName = (slug: string): string => INDUSTRIES.find((i) => i.slug === slug)?.name ?? slug;
