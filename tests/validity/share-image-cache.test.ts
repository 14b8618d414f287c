/** Share images are drawn once and reused while the card is unchanged; a changed card gets a new drawing. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('the share image cache', () => {
  it('reuses the JPEG of an unchanged card and draws a changed one anew', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'honor-roll-og-'));
    process.env['HONOR_ROLL_CACHE_DIR'] = cache;
    const { shareImage } = await import('../../src/lib/share-image.ts');
    const card = { kicker: '测试', title: '测试甲', lines: ['测试劳动奖章'], site: '测试光荣榜' };
    const first = await shareImage(card);
    expect(readdirSync(join(cache, 'share-images'))).toHaveLength(1);
    const again = await shareImage({ ...card });
    expect(again.equals(first)).toBe(true);
    // Proof that it is read back, not redrawn: a marked cache file comes back as it is.
    const [name] = readdirSync(join(cache, 'share-images'));
    writeFileSync(join(cache, 'share-images', name!), 'cached');
    expect((await shareImage({ ...card })).toString()).toBe('cached');
    const changed = await shareImage({ ...card, title: '测试乙' });
    expect(changed.equals(first)).toBe(false);
    expect(readdirSync(join(cache, 'share-images'))).toHaveLength(2);
  });
});
