/**
 * Per-entry share cards, 投影 pages and their offline files: on for a site of up to 1 000 people, collectives and stories, off
 * above unless the site says otherwise; an explicit true or false always wins (src/lib/scale.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { choose, deckEntryCount, entryFiles, entryFilesNotice, entryFilesOf, ENTRY_FILES_LIMIT } from '../../src/lib/scale.ts';
import { kindsWith } from '../../src/kinds.ts';

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));

describe('the per-entry files rule', () => {
  it('draws the line at 1 000 entries', () => {
    expect(ENTRY_FILES_LIMIT).toBe(1000);
  });

  it('keeps per-entry files on for a site of exactly 1 000 entries and turns them off at 1 001 when nothing is set', () => {
    expect(choose(undefined, 1000)).toEqual({ on: true, why: 'small' });
    expect(choose(undefined, 1001)).toEqual({ on: false, why: 'big' });
    expect(choose(undefined, 0)).toEqual({ on: true, why: 'small' });
  });

  it('lets an explicit true or false win at any size', () => {
    expect(choose(true, 10_200)).toEqual({ on: true, why: 'set' });
    expect(choose(false, 3)).toEqual({ on: false, why: 'set' });
  });

  it('decides share cards and offline files each from its own setting', () => {
    const files = entryFiles({ entryShareImages: true }, 1001);
    expect(files.shareImages.on).toBe(true);
    expect(files.offlineFiles.on).toBe(false);
    expect(entryFiles({ entryOfflineFiles: false }, 25)).toMatchObject({ shareImages: { on: true }, offlineFiles: { on: false } });
  });

  it('makes no offline file for an entry without its 投影 page, whatever entryOfflineFiles says', () => {
    expect(entryFiles({}, 1001)).toMatchObject({ decks: { on: false, why: 'big' }, offlineFiles: { on: false, why: 'big' } });
    expect(entryFiles({ entryDecks: false, entryOfflineFiles: true }, 5)).toMatchObject({ decks: { on: false }, offlineFiles: { on: false, why: 'set' } });
    expect(entryFiles({ entryDecks: true }, 50_000)).toMatchObject({ decks: { on: true, why: 'set' }, offlineFiles: { on: false, why: 'big' } });
    expect(entryFiles({}, 1000)).toMatchObject({ decks: { on: true }, offlineFiles: { on: true } });
  });

  it('counts the shown entries of every kind with a 投影 deck, and nothing else', () => {
    expect(kindsWith('deck')).toEqual(['people', 'collectives', 'stories']);
    expect(deckEntryCount({ people: entries(600), collectives: entries(300), stories: entries(101) })).toBe(1001);
    const withOthers = { people: entries(2), stories: entries(1), honours: entries(50), organizations: entries(50) };
    expect(deckEntryCount(withOthers)).toBe(3);
  });

  it('tells the build log in Chinese which is off because of the size, and how to turn it on', () => {
    expect(entryFilesNotice(entryFiles({}, 10_200))).toBe(
      '本站有 10 200 条人物、集体和故事，超过 1000 条：每条的分享图、投影页和投影离线文件默认不生成（可在 site.yaml 写 entryShareImages: true / entryDecks: true / entryOfflineFiles: true 打开）',
    );
    expect(entryFilesNotice(entryFiles({ entryShareImages: false, entryDecks: true }, 1001))).toBe(
      '本站有 1 001 条人物、集体和故事，超过 1000 条：每条的投影离线文件默认不生成（可在 site.yaml 写 entryOfflineFiles: true 打开）',
    );
  });

  it('says nothing when the size turned nothing off', () => {
    expect(entryFilesNotice(entryFiles({}, 1000))).toBeUndefined();
    expect(entryFilesNotice(entryFiles({ entryShareImages: true, entryDecks: true, entryOfflineFiles: false }, 50_000))).toBeUndefined();
    expect(entryFilesNotice(entryFiles({ entryShareImages: true, entryDecks: false }, 50_000))).toBeUndefined();
  });

  it('decides once per build from the build\'s entries and puts the notice in the build log once', () => {
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    try {
      const big = { people: entries(1001), collectives: [], stories: [] };
      expect(entryFilesOf(big, {})).toMatchObject({ entries: 1001, shareImages: { on: false }, decks: { on: false }, offlineFiles: { on: false } });
      expect(entryFilesOf(big, {}).offlineFiles.on).toBe(false);
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]?.[0])).toContain('本站有 1 001 条人物、集体和故事，超过 1000 条');
      expect(entryFilesOf({ people: entries(1000), collectives: [], stories: [] }, {}).offlineFiles.on).toBe(true);
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });
});
