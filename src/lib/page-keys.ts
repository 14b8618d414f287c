/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are the same
 * as in the last build is copied from the last build instead of being rendered again.
 *
 * A key must change whenever anything the page shows changes. An entry page shows the entry, what it links to
 * (enterprise, honours, members, the people a story is about), what links to it (stories about it, collectives a
 * person belongs to, the people of an enterprise) and one link further: on 投影 decks the neighbours' own enterprise
 * and honours, on an enterprise's page the stories about its people. So the key hashes the content digest of the
 * entry, of every entry it points at or is pointed at by, of what those point at and of what points at its referrers,
 * the image files they show, the entry's git dates, the site settings, whether the site's size leaves per-entry share
 * cards and offline files on (src/lib/scale.ts) and the site's lists.
 *
 * Which fields point where is not listed here: `referencesOf()` reads it off the schemas' `reference()` calls
 * (src/kinds.ts), so a new reference field enters every key by itself (tests/unit/a-new-kind-is-derived.test.ts).
 * Over-including only costs a re-render; under-including would leave a stale page, which tests/build guard against.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gitDates } from './git-dates.ts';
import { siteSettings } from '../settings.ts';
import { entryFilesOf } from './scale.ts';
import { KINDS, imageFields, kindNames, referencesOf, valuesAt, type KindName, type KindSpec } from '../kinds.ts';
import type { SiteData } from './site-data.ts';

interface AnyEntry {
  id: string;
  digest?: string | number | undefined;
  filePath?: string | undefined;
  data: Record<string, unknown>;
  rendered?: { metadata?: { imagePaths?: string[] | undefined } | undefined } | undefined;
}
type Link = [KindName, string];

/** Every shown entry of the site by `kind/id`, and who points at whom, computed once per build. */
interface Graph {
  entries: Map<string, [KindName, AnyEntry]>;
  referrers: Map<string, Link[]>;
}
const graphs = new WeakMap<SiteData, Graph>();
function graphOf(data: SiteData): Graph {
  let graph = graphs.get(data);
  if (graph) return graph;
  graph = { entries: new Map(), referrers: new Map() };
  // SiteData holds each kind's shown entries under the kind's name (data.people, data.stories …).
  const lists = data as unknown as Partial<Record<KindName, AnyEntry[]>>;
  for (const kind of kindNames()) for (const e of lists[kind] ?? []) graph.entries.set(`${kind}/${e.id}`, [kind, e]);
  for (const [kind, e] of graph.entries.values()) {
    for (const [k, i] of forward(kind, e)) {
      const key = `${k}/${i}`;
      const list = graph.referrers.get(key);
      if (list) list.push([kind, e.id]);
      else graph.referrers.set(key, [[kind, e.id]]);
    }
  }
  graphs.set(data, graph);
  return graph;
}

/** What an entry's own frontmatter points at. */
const forward = (kind: KindName, e: AnyEntry): Link[] => referencesOf(KINDS[kind] as KindSpec, e.data);

/**
 * The image files an entry shows (portrait, photo, cover: its schema's `image()` fields), so a replaced picture
 * re-renders the page. In a build an image's metadata names its output file, which carries a hash of the file's
 * bytes. Read through `clone`: Astro counts any other property read as a use of the original file and would copy
 * the original (EXIF and all) into dist.
 */
function pictures(kind: KindName, e: AnyEntry): string[] {
  const fields = imageFields(KINDS[kind] as KindSpec).flatMap((path) =>
    valuesAt(e.data, path).map((v) => {
      const src = v as { clone?: unknown; fsPath?: string };
      return JSON.stringify(src.clone ?? src.fsPath ?? null);
    }),
  );
  // Pictures placed in the Markdown body (`![…](./x.jpg)`): the body text names them, their bytes are hashed here.
  const inBody = (e.rendered?.metadata?.imagePaths ?? []).map((p) => (e.filePath ? fileHash(resolve(dirname(e.filePath), p)) : p));
  return [...fields, ...inBody];
}

const fileHashes = new Map<string, string>();
function fileHash(file: string): string {
  let h = fileHashes.get(file);
  if (h === undefined) {
    try {
      h = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    } catch {
      h = `missing:${file}`;
    }
    fileHashes.set(file, h);
  }
  return h;
}

/** The incremental-build key of the page (or 投影 deck) of one entry. */
export function entryCacheKey(data: SiteData, kind: KindName, id: string): string {
  const graph = graphOf(data);
  const seen = new Map<string, Link>();
  const add = ([k, i]: Link) => seen.set(`${k}/${i}`, [k, i]);
  const entry = (k: KindName, i: string) => graph.entries.get(`${k}/${i}`)?.[1];
  const referrers = (k: KindName, i: string) => graph.referrers.get(`${k}/${i}`) ?? [];
  add([kind, id]);
  const self = entry(kind, id);
  const first = self ? [...forward(kind, self), ...referrers(kind, id)] : [];
  for (const link of first) {
    add(link);
    // One link further: what a neighbour points at (its enterprise and honours on 投影 slides and in structured data).
    const e = entry(...link);
    if (e) for (const next of forward(link[0], e)) add(next);
  }
  // And what points at the entry's referrers: the stories about the people of an enterprise.
  for (const [k, i] of referrers(kind, id)) for (const next of referrers(k, i)) add(next);

  const hash = createHash('sha256');
  hash.update(JSON.stringify(siteSettings()));
  // Whether entries get their own share card, 投影 page and offline file: left to the site's size, this changes with
  // no setting.
  const files = entryFilesOf(data, siteSettings());
  hash.update(`cards:${files.shareImages.on} decks:${files.decks.on} offline:${files.offlineFiles.on}`);
  // Level order and industry names show on every entry page.
  hash.update(JSON.stringify(data.taxonomy));
  const dates = self?.filePath ? gitDates().get(self.filePath.replace(/^\.\//, '')) : undefined;
  hash.update(JSON.stringify(dates ?? null));
  for (const [key, [k, i]] of [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A neighbour that is not shown (a draft, or missing) is part of the key too: publishing it changes the page.
    const e = entry(k, i);
    hash.update(`${key}@${e ? String(e.digest ?? JSON.stringify(e.data)) : '-'}:${e ? pictures(k, e).join(',') : ''}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The key of a page made from one plain value (a share card): its JSON. */
export function valueCacheKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
