/** Data exports for union staff: people as JSON, every award as CSV that Excel opens with Chinese intact. */
import { industryName } from './taxonomy.ts';
import type { SiteData } from './site-data.ts';
import { isoDay } from './format-date.ts';
import { KINDS, href } from '../kinds.ts';

export function peopleJson(data: SiteData, baseUrl: string) {
  return data.people.map((p) => {
    const org = data.organization.get(p.data.organization.id);
    return {
      id: p.id,
      name: p.data.name,
      url: new URL(href('people', p.id), baseUrl).href,
      organization: org ? { id: org.id, name: org.data.name, industry: industryName(data.taxonomy, org.data.industry) } : { id: p.data.organization.id },
      position: p.data.position ?? null,
      trade: p.data.trade ?? null,
      summary: p.data.summary,
      honours: p.data.honours.map((h) => {
        const honour = data.honour.get(h.honour.id);
        return { id: h.honour.id, name: honour?.data.name ?? null, level: honour?.data.level ?? null, year: h.year, note: h.note ?? null };
      }),
      tags: p.data.tags,
      published: isoDay(p.data.published),
      sources: p.data.sources,
    };
  });
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = ['年份', '荣誉', '级别', '获得者', '类型', '单位', '备注', '网址'] as const;

/** One row per award, newest year first; UTF-8 with BOM and CRLF line ends, as Excel expects. */
export function honoursCsv(data: SiteData, baseUrl: string): string {
  const rows = [...data.awards]
    .sort((a, b) => b.year - a.year || a.honour.data.order - b.honour.data.order || a.name.localeCompare(b.name, 'zh-CN'))
    .map((a) => [
      a.year,
      a.honour.data.name,
      a.honour.data.level,
      a.name,
      KINDS[a.kind].recipient,
      data.organization.get(a.organizationId)?.data.name ?? a.organizationId,
      a.note ?? '',
      new URL(href(a.kind, a.id), baseUrl).href,
    ]);
  return `\uFEFF${[CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
