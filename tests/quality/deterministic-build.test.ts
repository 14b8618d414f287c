/**
 * Two clean builds of the same content give byte-identical sites (compared by a sha256 manifest): the run's shared
 * sample build and one more, at the same "now" but in another machine time zone.
 */
import { describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_HOOK, buildSite } from '../support/build-site.ts';

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
    const b = await buildSite({ env: { HONOR_ROLL_NOW: inject('siteNow'), TZ: 'America/New_York' } });
    expect(b.code, b.output).toBe(0);
    const ma = manifest(inject('siteDist'));
    const mb = manifest(b.outDir);
    expect(Object.keys(ma).length).toBeGreaterThan(50);
    const differing = Object.keys({ ...ma, ...mb }).filter((k) => ma[k] !== mb[k]);
    expect(differing).toEqual([]);
  }, BUILD_HOOK);
});
