/** On a fresh clone (no Vitest timings) the known slow test files start first, slowest first (tests/support/sequencer.ts). */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestSpecification, Vitest } from 'vitest/node';
import SlowestFirst, { SLOWEST } from '../support/sequencer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const project = (name: string) => ({ name, config: { root: ROOT, isolate: true, sequence: { groupOrder: 0 } } });
const spec = (path: string, p = project('site')) => ({ moduleId: join(ROOT, path), project: p }) as unknown as TestSpecification;
const sequencer = (cached: (path: string) => boolean) =>
  new SlowestFirst({
    config: { root: ROOT },
    cache: { getTestSpecificationResult: (s: TestSpecification) => (cached(s.moduleId) ? { duration: 1, failed: false } : undefined) },
  } as unknown as Vitest);
const paths = (list: TestSpecification[]) => list.map((s) => s.moduleId.slice(ROOT.length + 1));

describe('the order test files start in', () => {
  it('names only files that exist', () => {
    expect(SLOWEST.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it('starts the known slow files first, slowest first, when Vitest has no timings', async () => {
    const site = project('site');
    const files = ['tests/e2e/share-poster.test.ts', SLOWEST[2]!, 'tests/quality/strict-csp.test.ts', SLOWEST[0]!].map((p) => spec(p, site));
    const order = paths(await sequencer(() => false).sort(files));
    expect(order.slice(0, 2)).toEqual([SLOWEST[0], SLOWEST[2]]);
    expect(order).toHaveLength(4);
  });

  it('keeps the projects apart and Vitest\'s own order where it has timings for every file', async () => {
    const fast = project('fast');
    const site = project('site');
    const files = [spec(SLOWEST[0]!, site), spec('tests/unit/slug.test.ts', fast), spec('tests/e2e/share-poster.test.ts', site)];
    const order = paths(await sequencer(() => true).sort(files));
    expect(order[0]).toBe('tests/unit/slug.test.ts');
    expect(new Set(order)).toEqual(new Set(paths(files)));
  });
});
