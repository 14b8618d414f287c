/** Copies a fixture content tree into a temp folder so a test can break one thing in it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixture } from './paths.ts';

export interface Tree {
  dir: string;
  path: (rel: string) => string;
  read: (rel: string) => string;
  write: (rel: string, text: string | Uint8Array) => void;
  /** Replaces `from` with `to` in a file, failing loudly when `from` is not there. */
  edit: (rel: string, from: string | RegExp, to: string) => void;
}

export function copyFixture(name = 'minimal'): Tree {
  const dir = join(mkdtempSync(join(tmpdir(), 'honor-roll-tree-')), 'content');
  cpSync(fixture(name), dir, { recursive: true });
  const path = (rel: string) => join(dir, rel);
  return {
    dir,
    path,
    read: (rel) => readFileSync(path(rel), 'utf8'),
    write: (rel, text) => {
      mkdirSync(dirname(path(rel)), { recursive: true });
      writeFileSync(path(rel), text);
    },
    edit: (rel, from, to) => {
      const before = readFileSync(path(rel), 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not apply in ${rel}: ${String(from)}`);
      writeFileSync(path(rel), after);
    },
  };
}
