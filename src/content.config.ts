/**
 * The build's collections: one per kind of `src/kinds.ts`, whose folder, format and schema come from the table.
 * Each kind is named once more here only so Astro can infer its entry types; `satisfies` makes a missing one a type error.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { KINDS, idFromPath, type KindName } from '@/kinds.ts';
import { contentRoot } from '@/settings.ts';
import type { CollectionName } from '@/schemas/index.ts';
import { loadTaxonomy } from '@/lib/taxonomy.ts';

const root = contentRoot();
const taxonomy = loadTaxonomy(root);

/** `markdown`/`yaml`: one entry per file, id = file name without extension (sub-folders are allowed and ignored in the id). */
const loader = (kind: KindName) => {
  const spec = KINDS[kind];
  return spec.format === 'yaml-map'
    ? file(`${root}/${spec.path}`)
    : glob({ base: `${root}/${spec.path}`, pattern: spec.extensions.map((ext) => `**/*${ext}`), generateId: ({ entry }) => idFromPath(entry) });
};
const reference_ = (c: CollectionName) => reference(c);

export const collections = {
  organizations: defineCollection({ loader: loader('organizations'), schema: KINDS.organizations.schema({ taxonomy }) }),
  honours: defineCollection({ loader: loader('honours'), schema: KINDS.honours.schema({ taxonomy }) }),
  people: defineCollection({ loader: loader('people'), schema: ({ image }) => KINDS.people.schema({ image, reference: reference_ }) }),
  collectives: defineCollection({ loader: loader('collectives'), schema: ({ image }) => KINDS.collectives.schema({ image, reference: reference_ }) }),
  stories: defineCollection({ loader: loader('stories'), schema: ({ image }) => KINDS.stories.schema({ image, reference: reference_ }) }),
  figures: defineCollection({ loader: loader('figures'), schema: KINDS.figures.schema() }),
  talks: defineCollection({ loader: loader('talks'), schema: ({ image }) => KINDS.talks.schema({ image, reference: reference_ }) }),
} satisfies Record<KindName, unknown>;
