/**
 * Source scans: entry URLs are made only by `href()` / `deckHref()` / `shareImageHref()` (src/kinds.ts), the HONOR_ROLL_*
 * variables are read only in src/settings.ts, and nothing under src/ imports from scripts/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DECK_ROUTE, KINDS, SHARE_ROUTE, kindsWith } from '../../src/kinds.ts';
import { ROOT } from '../support/paths.ts';

const SOURCE = /\.(ts|mts|mjs|astro)$/;
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'));
}

/** Every line of `files` that matches `pattern`, as `file:line: text`. */
function hits(files: readonly string[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const file of files) {
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) out.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return out;
}

const folders = [...kindsWith('route').map((k) => KINDS[k].route), DECK_ROUTE, SHARE_ROUTE].join('|');
/**
 * An entry URL assembled by hand: a template literal or string that starts with one of the kinds' URL folders and
 * goes on with an id (`/people/${p.id}/`, '/people/' + id), or a kind switch that picks a folder
 * (`kind === 'person' ? 'people' : 'collectives'`).
 */
const HAND_BUILT = new RegExp(`[\`'"]/(${folders})/(\\$\\{|[\`'"]\\s*\\+)|\\? '(${folders})' : '`);

describe('one URL builder', () => {
  it('no module under src/ or scripts/ builds an entry URL by hand', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts')].filter((f) => f !== 'src/kinds.ts');
    expect(hits(files, HAND_BUILT)).toEqual([]);
  });

  it('the scan recognises a hand-built entry URL', () => {
    expect(HAND_BUILT.test('<a href={`/people/${p.id}/`}>')).toBe(true);
    expect(HAND_BUILT.test("url: '/stories/' + s.id")).toBe(true);
    expect(HAND_BUILT.test("`/${a.kind === 'person' ? 'people' : 'collectives'}/${a.id}/`")).toBe(true);
    expect(HAND_BUILT.test("<a href={href('people', p.id)}>")).toBe(false);
  });
});

describe('one settings module', () => {
  const READ = /env(\.|\[\s*['"])HONOR_ROLL_\w+/;
  it('HONOR_ROLL_* variables are read only in src/settings.ts', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'].filter((f) => f !== 'src/settings.ts');
    expect(hits(files, READ)).toEqual([]);
    expect(READ.test("process.env['HONOR_ROLL_NOW']")).toBe(true);
  });

  it('nothing under src/ imports from scripts/', () => {
    const IMPORT = /from\s+['"](\.\.\/)+scripts\//;
    expect(hits(sourceFiles('src'), IMPORT)).toEqual([]);
    expect(IMPORT.test("import { x } from '../../scripts/cms-config.ts';")).toBe(true);
  });
});
