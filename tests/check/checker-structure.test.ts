import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../src/check');

/** Imports between the checker's own modules (type-only imports included: a cycle of types is still a cycle). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(DIR, f), 'utf8');
    g.set(f, [...text.matchAll(/from '\.\/([\w-]+\.ts)'/g)].map((m) => m[1]!));
  }
  return g;
}

describe('the checker is a list of checks over one entry model', () => {
  it('has no import cycle among its modules', () => {
    const g = graph();
    const cycles: string[] = [];
    const visit = (f: string, stack: string[]) => {
      if (stack.includes(f)) return void cycles.push([...stack.slice(stack.indexOf(f)), f].join(' → '));
      for (const d of g.get(f) ?? []) visit(d, [...stack, f]);
    };
    for (const f of g.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('no check imports from the module that runs the checks', () => {
    const g = graph();
    const importers = [...g].filter(([, deps]) => deps.includes('check-content.ts') || deps.includes('checks.ts')).map(([f]) => f);
    expect(importers.sort()).toEqual(['check-content.ts']);
  });

});
