/** Bar chart geometry: proportional bars, room for the longest label, numbers formatted the Chinese way. */
import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/charts.ts';

describe('layoutBars', () => {
  it('the largest value gets the longest bar and the others are proportional to it', () => {
    const layout = layoutBars([
      { label: '测试甲', value: 10 },
      { label: '测试乙', value: 5 },
    ]);
    const [a, b] = layout.rows;
    expect(a!.barWidth).toBeGreaterThan(b!.barWidth);
    expect(b!.barWidth / a!.barWidth).toBeCloseTo(0.5, 1);
    expect(layout.labelWidth + a!.barWidth).toBeLessThanOrEqual(layout.width);
  });

  it('one row per bar, stacked by the row height, with units and grouped thousands in the value text', () => {
    const layout = layoutBars([
      { label: '示例科技有限公司', value: 12345, unit: '人' },
      { label: '测试', value: 0 },
    ], { rowHeight: 40 });
    expect(layout.rows.map((r) => r.y)).toEqual([0, 40]);
    expect(layout.height).toBe(80);
    expect(layout.rows[0]!.text).toBe('12,345人');
    expect(layout.rows[1]!.barWidth).toBeGreaterThan(0);
  });

  it('a longer label widens the label column', () => {
    const short = layoutBars([{ label: '甲', value: 1 }]);
    const long = layoutBars([{ label: '示例科技有限公司工会', value: 1 }]);
    expect(long.labelWidth).toBeGreaterThan(short.labelWidth);
  });
});
