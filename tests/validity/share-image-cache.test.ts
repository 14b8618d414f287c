/** Share images are drawn once and reused while the card is unchanged; a changed card gets a new drawing. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('the share image cache', () => {
  it('reuses the PNG of an unchanged card and draws a changed one anew', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'honor-roll-og-'));
    process.env['HONOR_ROLL_CACHE_DIR'] = cache;
    const { shareImagePng } = await import('../../src/lib/share-image.ts');
    const card = { kicker: '测试', title: '测试甲', lines: ['测试劳动奖章'], site: '测试光荣榜' };
    const first = await shareImagePng(card);
    expect(readdirSync(join(cache, 'share-images'))).toHaveLength(1);
    const again = await shareImagePng({ ...card });
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(join(cache, 'share-images'))).toHaveLength(1);
    const changed = await shareImagePng({ ...card, title: '测试乙' });
    expect(changed.equals(first)).toBe(false);
    expect(readdirSync(join(cache, 'share-images'))).toHaveLength(2);
  });
});
