/** Data exports for union staff: people as JSON, every award as CSV that Excel opens with Chinese intact. */
import { industryName } from './taxonomy.ts';
import { awardYear, byYearDesc, type SiteData } from './site-data.ts';
import { isoDay } from './format-date.ts';
import { KINDS, href } from '../kinds.ts';
import { t } from '../i18n/t.ts';

export function peopleJson(data: SiteData, baseUrl: string) {
  return data.people.map((p) => {
    const org = data.organization.get(p.data.organization.id);
    return {
      id: p.id,
      name: p.data.name,
      url: new URL(href('people', p.id), baseUrl).href,
      organization: org ? { id: org.id, name: org.data.name, industry: industryName(data.taxonomy, org.data.industry) } : { id: p.data.organization.id },
      position: p.data.position ?? null,
      born: p.data.born ?? null,
      died: p.data.died ?? null,
      positions: p.data.positions.map((x) => ({
        organization: x.organization ? (data.organization.get(x.organization.id)?.data.name ?? x.organization.id) : (x.unit ?? null),
        title: x.title ?? null,
        from: x.from ?? null,
        to: x.to ?? null,
      })),
      trade: p.data.trade ?? null,
      summary: p.data.summary,
      honours: p.data.honours.map((h) => {
        const honour = data.honour.get(h.honour.id);
        const thenOrg = h.organization ? data.organization.get(h.organization.id) : undefined;
        return {
          id: h.honour.id,
          name: honour?.data.name ?? null,
          level: honour?.data.level ?? null,
          // null: the source gives no year (shown as 年份不详); the award still counts.
          year: awardYear(h) ?? null,
          date: h.date ? isoDay(h.date) : null,
          unitThen: thenOrg?.data.name ?? h.unit ?? h.organization?.id ?? null,
          note: h.note ?? null,
        };
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

export const CSV_HEADER = ['年份', '荣誉', '级别', '获得者', '类型', '单位', '备注', '网址', '日期', '获奖时单位'] as const;

/** One row per award, newest year first, 年份不详 last; UTF-8 with BOM and CRLF line ends, as Excel expects. */
export function honoursCsv(data: SiteData, baseUrl: string): string {
  const rows = [...data.awards]
    .sort((a, b) => byYearDesc(a.year, b.year) || a.honour.data.order - b.honour.data.order || a.name.localeCompare(b.name, 'zh-CN'))
    .map((a) => [
      a.year ?? t('honours.yearUnknown'),
      a.honour.data.name,
      a.honour.data.level,
      a.name,
      KINDS[a.kind].recipient,
      data.organization.get(a.organizationId)?.data.name ?? a.organizationId,
      a.note ?? '',
      new URL(href(a.kind, a.id), baseUrl).href,
      a.date ? isoDay(a.date) : '',
      a.unitThen?.name ?? '',
    ]);
  return `\uFEFF${[CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
