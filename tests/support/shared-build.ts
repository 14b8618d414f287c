/**
 * One build of a fixture tree shared by every test file of the run that asks for it by the same name: the first
 * caller builds (holding a lock of that name), the others wait for it and read the same folder, read-only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, withBuildLock, type BuildOptions, type BuildResult } from './build-site.ts';

/**
 * `prepare` must make the same tree for every caller, so define it once in tests/support (see hidden-entries.ts).
 * Call it from a `beforeAll(..., BUILD_HOOK)`: the wait for another file's build is not this file's work.
 */
export function sharedBuild(name: string, prepare: () => BuildOptions | Promise<BuildOptions>): Promise<BuildResult> {
  const builds = join(inject('runDir'), 'shared-builds');
  const dir = join(builds, name);
  const saved = join(dir, 'result.json');
  mkdirSync(builds, { recursive: true });
  return withBuildLock(async () => {
    if (existsSync(saved)) return JSON.parse(readFileSync(saved, 'utf8')) as BuildResult;
    const options = await prepare();
    mkdirSync(dir, { recursive: true });
    const result = await buildSite({ outDir: join(dir, 'dist'), ...options });
    writeFileSync(saved, JSON.stringify(result));
    return result;
  }, join(builds, `${name}.lock`));
}
