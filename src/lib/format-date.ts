/** The one date formatter: zh-CN, Asia/Shanghai, whatever the build machine's clock zone. */
export const TIME_ZONE = 'Asia/Shanghai';

const full = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' });

/** 2022年4月28日 */
export function formatDate(date: Date): string {
  return full.format(date);
}

/** 2022-04-28, the calendar day in Beijing (for `<time datetime>` and sorting). */
export function isoDay(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  return parts;
}

/** A partial date as written in content (2022, 2022-04, 2022-04-28) → 2022年、2022年4月、2022年4月28日. */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${y}年${Number(m)}月${Number(d)}日`;
  if (m) return `${y}年${Number(m)}月`;
  return `${y}年`;
}
