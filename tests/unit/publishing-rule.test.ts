import { describe, expect, it } from 'vitest';
import { buildContext, isPublished } from '../../src/lib/publish.ts';

const now = new Date('2026-11-28T12:00:00+08:00');
const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

describe('the publishing rule', () => {
  it('shows an entry published today or earlier', () => {
    expect(isPublished({ published: day('2026-11-28') }, { dev: false, now })).toBe(true);
    expect(isPublished({ published: day('2022-04-28') }, { dev: false, now })).toBe(true);
  });
  it('hides a draft in production', () => {
    expect(isPublished({ draft: true, published: day('2022-04-28') }, { dev: false, now })).toBe(false);
  });
  it('hides an entry scheduled for tomorrow in production', () => {
    expect(isPublished({ published: day('2026-11-29') }, { dev: false, now })).toBe(false);
  });
  it('shows drafts and scheduled entries in dev so editors can preview them', () => {
    expect(isPublished({ draft: true, published: day('2030-01-01') }, { dev: true, now })).toBe(true);
  });
  it('takes "now" from HONOR_ROLL_NOW when it is set', () => {
    process.env['HONOR_ROLL_NOW'] = '2030-01-01T00:00:00+08:00';
    try {
      expect(buildContext({ DEV: false }).now.toISOString()).toBe('2029-12-31T16:00:00.000Z');
    } finally {
      delete process.env['HONOR_ROLL_NOW'];
    }
  });
});
