/**
 * The table of content kinds: one descriptor per kind says where its files live, which schema checks them, what it is
 * called, where its entries are published and what the build makes of them. The build (`src/content.config.ts`), the
 * checker, `npm run new`, the JSON Schema / Front Matter / CMS generators, Pagefind's entry folders, the search filter,
 * page keys, sitemap and feeds all read this table; a new kind is one descriptor here, one schema module and its pages.
 *
 * Reference fields are not listed here: `referenceFields()` reads them from the schemas' `reference()` markers.
 * Plain Node imports this module (scripts, checker), so it never imports the `astro:content` runtime.
 */
import { z } from 'astro/zod';
import type { CollectionName, RECIPIENT_KINDS, SchemaHelpers } from './schemas/common.ts';
import { organizationSchema } from './schemas/organization.ts';
import { honourSchema } from './schemas/honour.ts';
import { personSchema } from './schemas/person.ts';
import { collectiveSchema } from './schemas/collective.ts';
import { storySchema } from './schemas/story.ts';
import { figureSchema } from './schemas/figure.ts';
import { talkSchema } from './schemas/talk.ts';
import { t, type UiKey } from './i18n/t.ts';

export type { SchemaHelpers };

/** `markdown`/`yaml`: one entry per file in a folder; `yaml-map`: one file, one entry per top-level key. */
export type KindFormat = 'markdown' | 'yaml' | 'yaml-map';

export interface KindSpec {
  /** The kind's singular name: what `npm run new -- <kind>` takes and what a search record says it is. */
  singular: string;
  /** Folder under `content/` (for `yaml-map`: the file). */
  path: string;
  format: KindFormat;
  /** File extensions that belong to the kind; the first is the one `npm run new` writes. */
  extensions: readonly string[];
  /** Dictionary key of the kind's name (人物), used in pages, the search filter and the checker's messages. */
  label: UiKey;
  schema: (helpers: SchemaHelpers) => z.ZodType;
  /** URL folder of the entry pages (`/people/<id>/`); absent when entries make no page of their own. */
  route?: string;
  /** Each entry also makes a 投影 deck at `/project/<kind>/<id>/` (and counts towards the site's size, src/lib/scale.ts). */
  deck?: boolean;
  /** Each entry also makes a share image at `/og/<kind>/<id>.jpg` while per-entry cards are on (src/lib/scale.ts; other kinds show the site's). */
  share?: boolean;
  /** Entry pages are search records (the search page's 类型 filter lists these kinds in table order). */
  search?: boolean;
  /** Editors can scaffold an entry with `npm run new`. */
  scaffold?: boolean;
  /** Entries receive honours (an `honours` list and an `organization`), as this recipient of an honour (个人, 集体). */
  recipient?: (typeof RECIPIENT_KINDS)[number];
}

/** In the order readers meet them (navigation, search filter, `npm run new`). */
export const KINDS = {
  people: {
    singular: 'person', path: 'people', format: 'markdown', extensions: ['.md', '.mdx'], label: 'entry.kind.person',
    schema: personSchema, route: 'people', deck: true, share: true, search: true, scaffold: true, recipient: '个人',
  },
  collectives: {
    singular: 'collective', path: 'collectives', format: 'markdown', extensions: ['.md', '.mdx'], label: 'entry.kind.collective',
    schema: collectiveSchema, route: 'collectives', deck: true, share: true, search: true, scaffold: true, recipient: '集体',
  },
  stories: {
    singular: 'story', path: 'stories', format: 'markdown', extensions: ['.md', '.mdx'], label: 'entry.kind.story',
    schema: storySchema, route: 'stories', deck: true, share: true, search: true, scaffold: true,
  },
  honours: {
    singular: 'honour', path: 'honours', format: 'yaml', extensions: ['.yaml', '.yml'], label: 'entry.kind.honour',
    schema: honourSchema, route: 'honours', search: true, scaffold: true,
  },
  organizations: {
    singular: 'organization', path: 'organizations', format: 'yaml', extensions: ['.yaml', '.yml'], label: 'entry.kind.organization',
    schema: organizationSchema, route: 'organizations', search: true, scaffold: true,
  },
  figures: {
    singular: 'figure', path: 'figures.yaml', format: 'yaml-map', extensions: ['.yaml'], label: 'entry.kind.figure',
    schema: figureSchema,
  },
  talks: {
    singular: 'talk', path: 'talks', format: 'yaml', extensions: ['.yaml', '.yml'], label: 'entry.kind.talk',
    schema: talkSchema, route: 'talks', scaffold: true,
  },
} as const satisfies Record<CollectionName, KindSpec>;

export type KindName = keyof typeof KINDS;
type Has<P extends keyof KindSpec> = { [K in KindName]: (typeof KINDS)[K] extends Record<P, unknown> ? K : never }[KindName];
/** Kinds whose entries have a page of their own. */
export type PageKind = Has<'route'>;
/** Kinds whose entries make a 投影 deck. */
export type DeckKind = Has<'deck'>;
/** Kinds whose entries make a share image. */
export type ShareKind = Has<'share'>;
/** Kinds whose entry pages are search records. */
export type SearchableKind = Has<'search'>;

/** Read live, not once: the derivation test adds a throwaway kind to the table. */
const specs = () => Object.entries(KINDS) as [KindName, KindSpec][];
/** Every kind, in table order. */
export const kindNames = (): KindName[] => specs().map(([name]) => name);
/** The kinds that have `what` (a page, a deck, a share image, search records, a scaffold). */
export const kindsWith = <P extends 'route' | 'deck' | 'share' | 'search' | 'scaffold' | 'recipient'>(what: P): Has<P>[] =>
  specs().filter(([, s]) => s[what]).map(([name]) => name as Has<P>);
/** The kind whose singular name is `singular` (person → people). */
export const kindOfSingular = (singular: string): KindName | undefined => specs().find(([, s]) => s.singular === singular)?.[0];
/** A kind's schema made with `helpers` (plain Node passes `plainHelpers`). */
export const schemaOf = (kind: KindName, helpers: SchemaHelpers): z.ZodType => (KINDS[kind] as KindSpec).schema(helpers);
/** The kind's display name, from the dictionary: 人物. */
export const kindLabel = (kind: KindName): string => t(KINDS[kind].label);

/** The folder of 投影 decks: `/project/<kind>/<id>/`. */
export const DECK_ROUTE = 'project';
/** The folder of share images: `/og/<kind>/<id>.jpg` and the site's `/og/site.jpg`. */
export const SHARE_ROUTE = 'og';

/**
 * The URL of an entry's page, `/people/he-maodong/`, or with no id the kind's list page, `/people/`.
 * The one place an entry URL is made: a test fails on any other.
 */
export function href(kind: PageKind, id?: string): string {
  const route = (KINDS[kind] as KindSpec).route;
  return id === undefined ? `/${route}/` : `/${route}/${id}/`;
}
/** The URL of an entry's 投影 deck. */
export const deckHref = (kind: DeckKind, id: string): string => `/${DECK_ROUTE}/${kind}/${id}/`;
/** The URL of an entry's share image. */
export const shareImageHref = (kind: ShareKind, id: string): string => `/${SHARE_ROUTE}/${kind}/${id}.jpg`;

/** The id of an entry file: its name without extension (sub-folders are for editors' tidiness, not URLs). */
export function idFromPath(relPath: string): string {
  const base = relPath.split(/[\\/]/).pop() ?? relPath;
  return base.replace(/\.[^.]+$/, '');
}

/** One `reference()` field of a kind: where it sits in the frontmatter (`*` = every item of a list) and what it names. */
export interface ReferenceField {
  path: readonly string[];
  to: KindName;
}

const REF_MARK = 'x-reference';
const IMAGE_MARK = 'x-image';
/** Stand-ins that leave a mark where a schema calls `reference()` or `image()`, so those fields can be read off the schema. */
const markingHelpers: SchemaHelpers = {
  image: () => z.string().meta({ [IMAGE_MARK]: true }),
  reference: (collection) => z.string().meta({ [REF_MARK]: collection }),
};

type Json = { [k: string]: unknown };
interface Marked {
  references: ReferenceField[];
  images: (readonly string[])[];
}
function collectMarks(node: unknown, path: string[], out: Marked): void {
  if (!node || typeof node !== 'object') return;
  const s = node as Json;
  if (typeof s[REF_MARK] === 'string') return void out.references.push({ path, to: s[REF_MARK] as KindName });
  if (s[IMAGE_MARK] === true) return void out.images.push(path);
  for (const alt of [...((s['anyOf'] as unknown[]) ?? []), ...((s['oneOf'] as unknown[]) ?? []), ...((s['allOf'] as unknown[]) ?? [])]) {
    collectMarks(alt, path, out);
  }
  if (s['items']) collectMarks(s['items'], [...path, '*'], out);
  for (const [key, value] of Object.entries((s['properties'] as Json | undefined) ?? {})) collectMarks(value, [...path, key], out);
}

const markCache = new WeakMap<KindSpec, Marked>();
function marksOf(spec: KindSpec): Marked {
  let marks = markCache.get(spec);
  if (!marks) {
    const found: Marked = { references: [], images: [] };
    collectMarks(z.toJSONSchema(spec.schema(markingHelpers), { io: 'input', unrepresentable: 'any' }), [], found);
    const unique = <T>(list: T[]) => [...new Map(list.map((x) => [JSON.stringify(x), x])).values()];
    marks = { references: unique(found.references), images: unique(found.images) };
    markCache.set(spec, marks);
  }
  return marks;
}

/** The reference fields of a kind, read from its schema's `reference()` calls. */
export const referenceFields = (spec: KindSpec): readonly ReferenceField[] => marksOf(spec).references;
/** The image fields of a kind (portrait.src …), read from its schema's `image()` calls. */
export const imageFields = (spec: KindSpec): readonly (readonly string[])[] => marksOf(spec).images;

/** The values at `path` in `data` (`*` = every item of a list). */
export function valuesAt(data: unknown, path: readonly string[]): unknown[] {
  if (data === undefined || data === null) return [];
  if (path.length === 0) return [data];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item) => valuesAt(item, rest)) : [];
  return typeof data === 'object' ? valuesAt((data as Json)[head!], rest) : [];
}

/** The [kind, id] pairs an entry's data points at, following `referenceFields()`. References arrive as `{ id }` or as ids. */
export function referencesOf(spec: KindSpec, data: unknown): [KindName, string][] {
  const out: [KindName, string][] = [];
  for (const f of referenceFields(spec)) {
    for (const value of valuesAt(data, f.path)) {
      const id = typeof value === 'string' ? value : (value as { id?: unknown }).id;
      if (typeof id === 'string') out.push([f.to, id]);
    }
  }
  return out;
}
