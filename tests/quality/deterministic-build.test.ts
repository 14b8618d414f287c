/** Two clean builds of the same content give byte-identical sites (compared by a sha256 manifest). */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite } from '../support/build-site.ts';

function manifest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('the build', () => {
  it('is deterministic: two clean builds of the sample are byte-identical', async () => {
    const env = { HONOR_ROLL_NOW: '2026-11-28T12:00:00+08:00' };
    const a = await buildSite({ env });
    const b = await buildSite({ env: { ...env, TZ: 'America/New_York' } });
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const ma = manifest(a.outDir);
    const mb = manifest(b.outDir);
    expect(Object.keys(ma).length).toBeGreaterThan(50);
    const differing = Object.keys({ ...ma, ...mb }).filter((k) => ma[k] !== mb[k]);
    expect(differing).toEqual([]);
  }, 600_000);
});
