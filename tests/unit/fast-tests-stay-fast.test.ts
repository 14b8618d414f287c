/** `npm run test:fast` stays fast: none of its files builds a site, opens a browser or reads the sample build. */
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { ROOT } from '../support/paths.ts';
import { FAST } from '../../vitest.config.ts';

describe('the fast tests', () => {
  it('are many files, and none of them builds, opens a browser or reads the shared sample build', () => {
    const files = FAST.flatMap((pattern) => globSync(pattern, { cwd: ROOT }));
    expect(files.length).toBeGreaterThan(10);
    const slow = files.filter((f) => /\b(buildSite|sharedBuild|hiddenEntriesBuild|launchBrowser|inject)\(/.test(readFileSync(`${ROOT}/${f}`, 'utf8')));
    expect(slow).toEqual([]);
  });
});
