/**
 * The checker's shared model: what a checked entry looks like, what a check receives and returns.
 * Every module in src/check/ imports its types from here (or from problem.ts), never from the module that calls it.
 */
import type { KindName } from '../kinds.ts';
import type { Site } from '../schemas/site.ts';
import type { Problem } from './problem.ts';
import type { SourceText } from './read-source.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';

export type { Problem, SourceText };

export interface CheckedEntry {
  collection: KindName;
  id: string;
  /** Project-relative path with forward slashes. */
  file: string;
  /** The validated data, references as `{ ref, id }`, images as `{ image }`. */
  data: Record<string, unknown>;
  source: SourceText;
  /** False when the entry failed its schema: `data` then holds only its references and images. */
  valid: boolean;
  /** The entry's data as written, before validation. */
  raw: unknown;
  /** Path of the entry's fields inside its file: `[]` for one entry a file, `[id]` for a `yaml-map` file. */
  base: readonly PropertyKey[];
}

/** A reference as the checker sees it: which collection, which id. */
export interface RefValue {
  ref: KindName;
  id: string;
}
/** An image as the checker sees it: the path as written. */
export interface ImageValue {
  image: string;
}

/** One file found in the content folder by the walker. */
export interface ContentFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the content folder, with forward slashes. */
  path: string;
  /** Its name, or a folder above it inside the content folder, starts with a dot: the build never reads it. */
  hidden: boolean;
  /** A symbolic link: where it points (absolute, resolved), or undefined when it points nowhere (dangling, a loop). */
  link?: { target: string | undefined };
}

/** What every check may read besides the entries. */
export interface CheckContext {
  /** Project folder; paths in messages are relative to it. */
  cwd: string;
  /** Absolute content folder. */
  contentDir: string;
  /** Project-relative path with forward slashes, for messages. */
  rel: (abs: string) => string;
  /** Every regular file in the content folder. */
  files: readonly ContentFile[];
  /** Entries that exist but could not be read (encoding, YAML syntax): references to them are not reported again. */
  unreadable: ReadonlyMap<string, ReadonlySet<string>>;
  /** Skip reading image pixels (fast mode for the pre-commit hook when no image changed). */
  skipImagePixels: boolean;
  /** The site's levels and industries and the files they came from (taxonomy undefined when a list file is broken). */
  taxonomy: { taxonomy: Taxonomy | undefined; files: { levels: string; industries: string } };
  /** The site settings, when content/site.yaml is valid. */
  site: Site | undefined;
}

/** A check: looks at the entries (and the context) and returns what is wrong. Adding a check is adding one to `CHECKS`. */
export type Check = (entries: readonly CheckedEntry[], context: CheckContext) => Problem[] | Promise<Problem[]>;

export interface CheckOptions {
  /** Project folder; paths in messages are relative to it. */
  cwd?: string;
  /** Content folder (absolute or relative to cwd). */
  contentDir?: string;
  /** Only report problems in these files (absolute or cwd-relative); the whole tree is still read for references. */
  only?: readonly string[];
  /** Skip reading image pixels (fast mode for the pre-commit hook when no image changed). */
  skipImagePixels?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}
