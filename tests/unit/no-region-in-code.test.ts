/** The model is data, not code: no word of the sample's region or union in src/ or the UI dictionary. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/paths.ts';

const WORDS = ['经开区', '亦城', '北京经济技术开发区'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('the code', () => {
  it('names no region or union of the sample anywhere in src/ (the dictionary included)', () => {
    const hits = files(join(ROOT, 'src')).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return WORDS.filter((w) => text.includes(w)).map((w) => `${relative(ROOT, f)}: ${w}`);
    });
    expect(hits).toEqual([]);
  });

  it('keeps those words in content/ instead: the sample still names itself', () => {
    expect(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')).toContain('经开区');
  });
});
