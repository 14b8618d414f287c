/**
 * What a site makes for each of its people, collectives and stories, by its size: a share card each
 * (`entryShareImages`, /og/<kind>/<id>.jpg), a 投影 page each (`entryDecks`, /project/<kind>/<id>/) and a single-file
 * offline copy of each such deck (`entryOfflineFiles`, /offline/project/<kind>/<id>.html). A union site has tens to a
 * few hundred entries and carries all three easily; at 10 000 they would be ~190 MiB of cards, ~96 MiB of 投影 pages
 * and ~1.1 GB of offline files made in ~17 minutes, and at 50 000 the 投影 pages alone ~470 MiB (docs/performance.md).
 * Lecture teams of a big site project talks (宣讲) and the 光荣榜 lobby decks, which are always made.
 *
 * Each setting is `true`, `false`, or left out: automatic, on while the site has at most ENTRY_FILES_LIMIT entries
 * with a 投影 deck (the kinds with `deck: true` in src/kinds.ts), as the pages show them (published, no drafts).
 * Talks and the 光荣榜 lobby decks always get their page and offline file: they are few, and lecture teams carry them.
 * Without its 投影 page an entry has no offline file either, whatever `entryOfflineFiles` says.
 *
 * Plain Node imports this module (the site schema names the limit, unit tests): it reads no settings itself.
 */
import { kindLabel, kindsWith, type DeckKind } from '../kinds.ts';

/** Up to this many entries with a 投影 deck, each gets its own share card and offline file unless the site says no. */
export const ENTRY_FILES_LIMIT = 1000;

/** The three site settings (`content/site.yaml`): each `true`, `false` or absent (automatic). */
export interface EntryFileSettings {
  entryShareImages?: boolean | undefined;
  entryDecks?: boolean | undefined;
  entryOfflineFiles?: boolean | undefined;
}

/** Whether per-entry files are made, and why: the site says so (`set`), or automatic for a site that is small or big. */
export interface Choice {
  on: boolean;
  why: 'set' | 'small' | 'big';
}

/** The rule: an explicit setting wins; otherwise on up to ENTRY_FILES_LIMIT entries, off above. */
export function choose(setting: boolean | undefined, entries: number): Choice {
  if (setting !== undefined) return { on: setting, why: 'set' };
  return entries <= ENTRY_FILES_LIMIT ? { on: true, why: 'small' } : { on: false, why: 'big' };
}

/** The shown entries by kind, as `siteData()` holds them under the kinds' names (data.people, data.stories …). */
export type DeckEntries = Readonly<Partial<Record<DeckKind, readonly unknown[]>>>;

/** How many entries have a 投影 deck: the shown entries of every kind with `deck: true` (people, collectives, stories). */
export function deckEntryCount(data: DeckEntries): number {
  return kindsWith('deck').reduce((n, kind) => n + (data[kind]?.length ?? 0), 0);
}

/** A list as a reader says it: 甲、乙和丙. */
const spoken = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join('、')}和${names.at(-1)}` : (names[0] ?? ''));

/** The kinds with a 投影 deck by name, as a reader says them: 人物、集体和故事. */
export function deckKindsText(): string {
  return spoken(kindsWith('deck').map(kindLabel));
}

export interface EntryFiles {
  /** Entries with a 投影 deck. */
  entries: number;
  shareImages: Choice;
  decks: Choice;
  offlineFiles: Choice;
}

/** The three choices for a site with these settings and this many entries with a 投影 deck. */
export function entryFiles(site: EntryFileSettings, entries: number): EntryFiles {
  const decks = choose(site.entryDecks, entries);
  // An offline file is a copy of a 投影 page: none without the page.
  const offlineFiles = decks.on ? choose(site.entryOfflineFiles, entries) : decks;
  return { entries, shareImages: choose(site.entryShareImages, entries), decks, offlineFiles };
}

/** What each choice is called in site.yaml and in the build log. */
const SETTINGS = [
  ['shareImages', 'entryShareImages', '分享图'],
  ['decks', 'entryDecks', '投影页'],
  ['offlineFiles', 'entryOfflineFiles', '投影离线文件'],
] as const;

/** 10 200: digits grouped by three with a space, as the build log and the docs write big counts. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

/**
 * The build-log line when the size of the site turned something off: which, why, and how to turn it on.
 * Undefined when nothing is off automatically (a small site, or settings written out).
 */
export function entryFilesNotice(files: EntryFiles): string | undefined {
  const off = SETTINGS.filter(([choice]) => files[choice].why === 'big');
  if (off.length === 0) return undefined;
  return (
    `本站有 ${grouped(files.entries)} 条${deckKindsText()}，超过 ${ENTRY_FILES_LIMIT} 条：` +
    `每条的${spoken(off.map(([, , name]) => name))}默认不生成` +
    `（可在 site.yaml 写 ${off.map(([, key]) => `${key}: true`).join(' / ')} 打开）`
  );
}

const made = new WeakMap<object, EntryFiles>();
/**
 * The choices for this build, from its published entries (`siteData()`) and its settings: made once per build,
 * and the first call puts the notice, if any, in the build log.
 */
export function entryFilesOf(data: DeckEntries, site: EntryFileSettings): EntryFiles {
  let files = made.get(data);
  if (!files) {
    files = entryFiles(site, deckEntryCount(data));
    made.set(data, files);
    const notice = entryFilesNotice(files);
    if (notice) console.info(`[站点规模] ${notice}`);
  }
  return files;
}
