/**
 * Build-time bar charts as plain SVG geometry: no client JavaScript, no chart library, legible in print and on a slide.
 * The component (`src/components/charts/BarChart.astro`) draws this, with the same numbers as a table behind a disclosure.
 */
import { formatNumber } from './format-figure.ts';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the number: 名, 个, 份… */
  unit?: string;
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  rows: { label: string; text: string; y: number; barWidth: number; textX: number }[];
  /** Where the value text sits: after the bar (side by side), or at the end of the label line (stacked). */
  valueY: number;
  valueAnchor: 'start' | 'end';
  rowHeight: number;
  /** Labels on their own line above each bar (narrow charts that must stay legible on a phone). */
  stacked: boolean;
  /** Where, inside a row, the label's baseline and the bar sit. */
  labelY: number;
  barY: number;
  barHeight: number;
}


/**
 * Horizontal bars, longest = full width. Side by side: a label column sized for the longest label (CJK ≈ 1 em per
 * character). Stacked: each label on its own line above its bar, so a narrow chart keeps its text large on a phone.
 */
export function layoutBars(bars: readonly Bar[], opts: { width?: number; rowHeight?: number; fontSize?: number; stacked?: boolean } = {}): BarLayout {
  const stacked = opts.stacked ?? false;
  const width = opts.width ?? 640;
  const fontSize = opts.fontSize ?? 16;
  const rowHeight = opts.rowHeight ?? (stacked ? Math.round(fontSize * 1.35 + 20) : 36);
  const longest = Math.max(1, ...bars.map((b) => [...b.label].length));
  const labelWidth = stacked ? 0 : Math.min(width * 0.45, longest * fontSize + 12);
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const rows = bars.map((b, i) => ({ label: b.label, text: `${formatNumber(b.value)}${b.unit ?? ''}`, value: b.value, y: i * rowHeight }));
  // Side by side, the value follows its bar and needs room after the longest one; stacked, it ends the label line.
  const plot = stacked ? width : width - labelWidth - 110;
  const barHeight = stacked ? 12 : rowHeight - 12;
  const labelY = stacked ? fontSize : rowHeight / 2;
  const barY = stacked ? Math.round(fontSize * 1.35) : 6;
  return {
    width,
    height: bars.length * rowHeight,
    labelWidth,
    rowHeight,
    stacked,
    labelY,
    barY,
    barHeight,
    valueY: stacked ? labelY : rowHeight / 2,
    valueAnchor: stacked ? 'end' : 'start',
    rows: rows.map(({ value, ...r }) => {
      const barWidth = Math.max(2, Math.round((value / max) * plot));
      return { ...r, barWidth, textX: stacked ? width : labelWidth + barWidth + 8 };
    }),
  };
}

