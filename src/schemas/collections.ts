/**
 * Where each collection lives in `content/` and which schema it uses. The build (`src/content.config.ts`)
 * and the checker (`src/check/`) both read this table, so a new kind is added in exactly one place.
 */
import type { z } from 'astro/zod';
import type { SchemaHelpers } from "./common.ts";
export type { SchemaHelpers };
import { organizationSchema } from './organization.ts';
import { honourSchema } from './honour.ts';
import { personSchema } from './person.ts';
import { collectiveSchema } from './collective.ts';
import { storySchema } from './story.ts';
import { figureSchema } from './figure.ts';
import { talkSchema } from './talk.ts';

export type CollectionFormat = 'markdown' | 'yaml' | 'yaml-map';

export interface CollectionSpec {
  /** Folder (for `markdown`/`yaml`, one entry per file) or file (for `yaml-map`, one entry per top-level key). */
  path: string;
  format: CollectionFormat;
  /** File extensions that belong to the collection. */
  extensions: readonly string[];
  /** 中文名, used in messages. */
  label: string;
  schema: (helpers: SchemaHelpers) => z.ZodType;
}

export const COLLECTION_SPECS = {
  organizations: { path: 'organizations', format: 'yaml', extensions: ['.yaml', '.yml'], label: '单位', schema: () => organizationSchema() },
  honours: { path: 'honours', format: 'yaml', extensions: ['.yaml', '.yml'], label: '荣誉', schema: () => honourSchema() },
  people: { path: 'people', format: 'markdown', extensions: ['.md', '.mdx'], label: '人物', schema: (h) => personSchema(h) },
  collectives: { path: 'collectives', format: 'markdown', extensions: ['.md', '.mdx'], label: '集体', schema: (h) => collectiveSchema(h) },
  stories: { path: 'stories', format: 'markdown', extensions: ['.md', '.mdx'], label: '故事', schema: (h) => storySchema(h) },
  figures: { path: 'figures.yaml', format: 'yaml-map', extensions: ['.yaml'], label: '数字', schema: () => figureSchema() },
  talks: { path: 'talks', format: 'yaml', extensions: ['.yaml', '.yml'], label: '宣讲', schema: (h) => talkSchema(h) },
} as const satisfies Record<string, CollectionSpec>;

export type SpecName = keyof typeof COLLECTION_SPECS;

/** The id of an entry file: its name without extension (sub-folders are for editors' tidiness, not URLs). */
export function idFromPath(relPath: string): string {
  const base = relPath.split(/[\\/]/).pop() ?? relPath;
  return base.replace(/\.[^.]+$/, '');
}

/** The content folder: `content/` unless HONOR_ROLL_CONTENT points elsewhere (fixtures, benchmarks). */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env['HONOR_ROLL_CONTENT'] ?? 'content';
}
