/**
 * The indexer reads only the entry folders (ENTRY_PAGES), so every searchable page must live in one of them:
 * a page with data-pagefind-body anywhere else would silently drop out of search.
 */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_PAGES } from '../../src/integrations/pagefind.ts';

const dist = inject('siteDist');
const folders = /^\{([^}]+)\}\/\*\*\/\*\.html$/.exec(ENTRY_PAGES)![1]!.split(',');

describe('the folders the search indexer reads', () => {
  const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  const searchable = pages.filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'));

  it('hold every page that asks to be searchable', () => {
    expect(searchable.length).toBeGreaterThan(20);
    const outside = searchable.filter((f) => !folders.includes(f.split('/')[0]!));
    expect(outside).toEqual([]);
  });

  it('give one index record per searchable page', () => {
    expect(readdirSync(join(dist, 'pagefind', 'fragment'))).toHaveLength(searchable.length);
  });
});
