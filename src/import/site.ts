/**
 * What the site already holds, read once through the checker (the same reader as `npm run check`), keyed for
 * matching a list against it: honours and organizations by name, short name and alias; people and collectives by
 * name with their unit. Raw frontmatter is read, so an entry with a schema problem is still matched, not duplicated.
 */
import { resolve } from 'node:path';
import { checkContent } from '../check/check-content.ts';
import type { Problem } from '../check/problem.ts';
import { namesOf } from '../lib/names.ts';
import { contentRoot } from '../settings.ts';

export interface Award {
  honour: string;
  year?: number;
}

export interface KnownHonour {
  id: string;
  name: string;
  /** Name and aliases as written. */
  forms: string[];
  recipient: string;
}

export interface KnownOrganization {
  id: string;
  name: string;
  /** Name, short name and aliases as written. */
  forms: string[];
}

export interface KnownHolder {
  id: string;
  name: string;
  /** Project-relative file path. */
  file: string;
  organization: string | undefined;
  awards: Award[];
}

export interface SiteIndex {
  cwd: string;
  contentDir: string;
  honours: KnownHonour[];
  organizations: KnownOrganization[];
  people: KnownHolder[];
  collectives: KnownHolder[];
  /** Ids in use per collection, so a new file never takes an existing name. */
  ids: Record<'people' | 'collectives' | 'organizations', Set<string>>;
  /** Errors the checker found before the import: the import still runs, the editor is told. */
  errors: Problem[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function awardsOf(v: unknown): Award[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((a) => {
    const honour = str((a as { honour?: unknown } | null)?.honour);
    const y = Number((a as { year?: unknown }).year);
    return honour ? [{ honour, ...(Number.isInteger(y) ? { year: y } : {}) }] : [];
  });
}

export async function loadSite(opts: { cwd?: string; contentDir?: string } = {}): Promise<SiteIndex> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const contentDir = resolve(cwd, opts.contentDir ?? contentRoot());
  const { entries, problems } = await checkContent({ cwd, contentDir, skipImagePixels: true });
  const site: SiteIndex = {
    cwd,
    contentDir,
    honours: [],
    organizations: [],
    people: [],
    collectives: [],
    ids: { people: new Set(), collectives: new Set(), organizations: new Set() },
    errors: problems.filter((p) => p.severity === 'error'),
  };
  for (const e of entries) {
    if (e.collection === 'figures' || e.collection === 'stories' || e.collection === 'talks') continue;
    const raw = (e.source.doc.toJS() ?? {}) as Record<string, unknown>;
    const name = str(raw['name']);
    if (e.collection !== 'honours') site.ids[e.collection].add(e.id);
    if (!name) continue;
    const forms = namesOf(raw);
    if (e.collection === 'honours') site.honours.push({ id: e.id, name, forms, recipient: str(raw['recipient']) ?? '' });
    else if (e.collection === 'organizations') site.organizations.push({ id: e.id, name, forms });
    else site[e.collection].push({ id: e.id, name, file: e.file, organization: str(raw['organization']), awards: awardsOf(raw['honours']) });
  }
  return site;
}
