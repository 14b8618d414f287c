/**
 * The one way a number is written on the site: zh-CN digits (9,013; 632.3) and a reported figure with the qualifier
 * the source puts on it, each in its place: 近/约/累计 before the number (累计6名), 余 between number and unit
 * (800余名), 以上 after the unit (100家以上). Pages, charts, 投影 slides and share cards all call these.
 */
import type { FIGURE_QUALIFIERS } from '../schemas/figure.ts';

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
/** 9013 → 9,013; 632.3 → 632.3. */
export const formatNumber = (n: number): string => number.format(n);

type Qualifier = (typeof FIGURE_QUALIFIERS)[number];
/** Where each qualifier goes; a new qualifier without a place is a type error. */
const PLACE = { 近: 'before', 约: 'before', 累计: 'before', 余: 'afterNumber', 以上: 'afterUnit' } as const satisfies Record<Qualifier, 'before' | 'afterNumber' | 'afterUnit'>;

export interface FigureValue {
  value: number;
  unit: string;
  qualifier?: Qualifier | undefined;
}

/** A figure in its parts, for markup that styles the number apart: before + number + afterNumber + unit + afterUnit. */
export interface FigureParts {
  before: string;
  number: string;
  afterNumber: string;
  unit: string;
  afterUnit: string;
}

export function figureParts(f: FigureValue): FigureParts {
  const place = f.qualifier ? PLACE[f.qualifier] : undefined;
  const at = (p: (typeof PLACE)[Qualifier]) => (place === p ? f.qualifier! : '');
  return { before: at('before'), number: formatNumber(f.value), afterNumber: at('afterNumber'), unit: f.unit, afterUnit: at('afterUnit') };
}

/** The figure as one string: 近1.4万名 … 800余名, 累计6名, 100家以上. */
export function formatFigure(f: FigureValue): string {
  const p = figureParts(f);
  return `${p.before}${p.number}${p.afterNumber}${p.unit}${p.afterUnit}`;
}
