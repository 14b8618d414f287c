/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are the same
 * as in the last build is copied from the last build instead of being rendered again.
 *
 * A key must change whenever anything the page shows changes. An entry page shows the entry, what it links to
 * (enterprise, honours, members, the people a story is about), what links to it (stories about it, collectives a
 * person belongs to) and, on 投影 decks, those neighbours' own enterprise and honours. So the key hashes the content
 * digest of every entry within two links, the image files they show, the entry's git dates and the site settings.
 * Over-including only costs a re-render; under-including would leave a stale page, which tests/build guard against.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gitDates } from './git-dates.ts';
import { siteSettings } from '../settings.ts';
import type { SiteData } from './site-data.ts';

export type KeyedKind = 'people' | 'collectives' | 'stories' | 'organizations';

interface AnyEntry {
  id: string;
  collection: string;
  digest?: string | number | undefined;
  filePath?: string | undefined;
  data: Record<string, unknown>;
  rendered?: { metadata?: { imagePaths?: string[] | undefined } | undefined } | undefined;
}

function entryOf(data: SiteData, kind: string, id: string): AnyEntry | undefined {
  switch (kind) {
    case 'people': return data.person.get(id);
    case 'collectives': return data.collective.get(id);
    case 'stories': return data.story.get(id);
    case 'organizations': return data.organization.get(id);
    case 'honours': return data.honour.get(id);
    default: return undefined;
  }
}

const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((r) => (r as { id?: string; honour?: { id: string } }).honour?.id ?? (r as { id: string }).id) : [];

/** What an entry's own frontmatter points at, as [collection, id]. */
function forward(e: AnyEntry): [string, string][] {
  const d = e.data as {
    organization?: { id: string }; honours?: { honour: { id: string } }[]; leader?: { id: string }; members?: { id: string }[];
    about?: { people?: { id: string }[]; collectives?: { id: string }[]; organizations?: { id: string }[] };
  };
  const out: [string, string][] = [];
  if (d.organization) out.push(['organizations', d.organization.id]);
  for (const h of ids(d.honours)) out.push(['honours', h]);
  if (d.leader) out.push(['people', d.leader.id]);
  for (const m of ids(d.members)) out.push(['people', m]);
  for (const p of ids(d.about?.people)) out.push(['people', p]);
  for (const c of ids(d.about?.collectives)) out.push(['collectives', c]);
  for (const o of ids(d.about?.organizations)) out.push(['organizations', o]);
  return out;
}

/** What points at an entry: stories about it, collectives a person is in, people of an enterprise. */
function reverse(data: SiteData, kind: string, id: string): [string, string][] {
  const out: [string, string][] = [];
  for (const s of data.storiesAbout.get(`${kind}/${id}`) ?? []) out.push(['stories', s.id]);
  if (kind === 'people') for (const c of data.collectivesWith.get(id) ?? []) out.push(['collectives', c.id]);
  if (kind === 'organizations') {
    for (const p of data.peopleOf.get(id) ?? []) out.push(['people', p.id]);
    for (const c of data.collectivesOf.get(id) ?? []) out.push(['collectives', c.id]);
  }
  return out;
}

/**
 * The image files an entry shows (portrait, photo, cover), so a replaced picture re-renders the page. In a build an
 * image's metadata names its output file, which carries a hash of the file's bytes. Read through `clone`: Astro
 * counts any other property read as a use of the original file and would copy the original (EXIF and all) into dist.
 */
function pictures(e: AnyEntry): string[] {
  const d = e.data as { portrait?: { src: unknown }; photo?: { src: unknown }; cover?: { src: unknown } };
  const fields = [d.portrait, d.photo, d.cover].filter(Boolean).map((p) => {
    const src = p!.src as { clone?: unknown; fsPath?: string };
    return JSON.stringify(src.clone ?? src.fsPath ?? null);
  });
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
export function entryCacheKey(data: SiteData, kind: KeyedKind, id: string): string {
  const seen = new Map<string, AnyEntry | undefined>();
  const add = (k: string, i: string) => {
    const key = `${k}/${i}`;
    if (!seen.has(key)) seen.set(key, entryOf(data, k, i));
    return seen.get(key);
  };
  const self = add(kind, id);
  const first: [string, string][] = self ? [...forward(self), ...reverse(data, kind, id)] : [];
  for (const [k, i] of first) {
    const e = add(k, i);
    // Second link: a neighbour's own enterprise and honours (shown on 投影 slides and in structured data).
    if (e && k !== 'organizations' && k !== 'honours') for (const [k2, i2] of forward(e)) add(k2, i2);
  }
  const hash = createHash('sha256');
  hash.update(JSON.stringify(siteSettings()));
  // Level order and industry names show on every entry page.
  hash.update(JSON.stringify(data.taxonomy));
  const dates = self?.filePath ? gitDates().get(self.filePath.replace(/^\.\//, '')) : undefined;
  hash.update(JSON.stringify(dates ?? null));
  for (const [key, e] of [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A neighbour that is not shown (a draft, or missing) is part of the key too: publishing it changes the page.
    hash.update(`${key}@${e ? String(e.digest ?? JSON.stringify(e.data)) : '-'}:${e ? pictures(e).join(',') : ''}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The key of a page made from one plain value (a share card): its JSON. */
export function valueCacheKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
