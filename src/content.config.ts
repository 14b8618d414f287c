import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_SPECS, contentRoot, idFromPath, type SpecName } from '@/schemas/collections.ts';
import {
  collectiveSchema,
  figureSchema,
  honourSchema,
  organizationSchema,
  personSchema,
  storySchema,
  talkSchema,
  type CollectionName,
} from '@/schemas/index.ts';

const root = contentRoot();

/** One entry per file, id = file name without extension (sub-folders are allowed and ignored in the id). */
const filesOf = (name: SpecName) => {
  const spec = COLLECTION_SPECS[name];
  return glob({
    base: `${root}/${spec.path}`,
    pattern: spec.extensions.map((ext) => `**/*${ext}`),
    generateId: ({ entry }) => idFromPath(entry),
  });
};
const ref = (c: CollectionName) => reference(c);

export const collections = {
  organizations: defineCollection({ loader: filesOf('organizations'), schema: organizationSchema() }),
  honours: defineCollection({ loader: filesOf('honours'), schema: honourSchema() }),
  people: defineCollection({ loader: filesOf('people'), schema: ({ image }) => personSchema({ image, reference: ref }) }),
  collectives: defineCollection({
    loader: filesOf('collectives'),
    schema: ({ image }) => collectiveSchema({ image, reference: ref }),
  }),
  stories: defineCollection({ loader: filesOf('stories'), schema: ({ image }) => storySchema({ image, reference: ref }) }),
  figures: defineCollection({ loader: file(`${root}/${COLLECTION_SPECS.figures.path}`), schema: figureSchema() }),
  talks: defineCollection({ loader: filesOf('talks'), schema: ({ image }) => talkSchema({ image, reference: ref }) }),
};
