/**
 * Build-time bar charts as plain SVG geometry: no client JavaScript, no chart library, legible in print and on a slide.
 * The component (`src/components/charts/BarChart.astro`) draws this and always adds a data table beside it.
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
  rowHeight: number;
}


/** Horizontal bars, longest = full width; a label column sized for the longest label (CJK ≈ 1 em per character). */
export function layoutBars(bars: readonly Bar[], opts: { width?: number; rowHeight?: number; fontSize?: number } = {}): BarLayout {
  const width = opts.width ?? 640;
  const rowHeight = opts.rowHeight ?? 36;
  const fontSize = opts.fontSize ?? 16;
  const longest = Math.max(1, ...bars.map((b) => [...b.label].length));
  const labelWidth = Math.min(width * 0.45, longest * fontSize + 12);
  const valueRoom = 110;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const plot = width - labelWidth - valueRoom;
  const rows = bars.map((b, i) => {
    const barWidth = Math.max(2, Math.round((b.value / max) * plot));
    return { label: b.label, text: `${formatNumber(b.value)}${b.unit ?? ''}`, y: i * rowHeight, barWidth, textX: labelWidth + barWidth + 8 };
  });
  return { width, height: bars.length * rowHeight, labelWidth, rows, rowHeight };
}

