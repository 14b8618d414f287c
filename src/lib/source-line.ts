/**
 * How a source is named wherever it is shown (entry pages, stats, slides): 《标题》 when it has a title, else its web
 * address; then publisher, author and date when given. One owner, so a source without a title never shows 《undefined》.
 */
import { formatPartialDate } from './format-date.ts';

export interface SourceLike {
  title?: string | undefined;
  publisher?: string | undefined;
  author?: string | undefined;
  date: string;
  url?: string | undefined;
}

/** 《标题》, or the web address when the source has no title. */
export function sourceName(s: SourceLike): string {
  return s.title ? `《${s.title}》` : (s.url ?? '');
}

/** Publisher, author and date after the name: “，本报，本报记者 陈曦，2022年”. */
export function sourceDetails(s: SourceLike): string {
  return [s.publisher, s.author, formatPartialDate(s.date)].filter(Boolean).map((x) => `，${x}`).join('');
}

/** The whole line as plain text: 《标题》，本报，2022年. */
export function sourceLine(s: SourceLike): string {
  return `${sourceName(s)}${sourceDetails(s)}`;
}
