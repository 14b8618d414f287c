import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  people: defineCollection({
    loader: glob({ base: `${process.env.BASELINE_CONTENT}/people`, pattern: '**/*.md' }),
    schema: z.object({ name: z.string(), summary: z.string() }).passthrough(),
  }),
};
