/**
 * Builds the sample site once for the whole test run and serves it; browser and dist tests reuse it read-only.
 * Tests reach it through `inject('siteUrl')` / `inject('siteDist')`; `inject('siteNow')` is the "now" it was built at
 * (HONOR_ROLL_NOW), so a test can build it again identically. `inject('runDir')` is a folder for builds shared
 * between test files (tests/support/shared-build.ts). Only the `site` project of vitest.config.ts runs this.
 */
import type { TestProject } from 'vitest/node';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { sampleDist } from './paths.ts';
import { serveDir, type Served } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDist: string;
    siteNow: string;
    runDir: string;
  }
}

let served: Served | undefined;

export default async function setup(project: TestProject) {
  const outDir = sampleDist();
  const now = new Date().toISOString();
  const result = await buildSite({ outDir, env: { HONOR_ROLL_NOW: now } });
  if (result.code !== 0) throw new Error(`示例网站构建失败：\n${result.output}`);
  served = await serveDir(outDir);
  project.provide('siteUrl', served.url);
  project.provide('siteDist', outDir);
  project.provide('siteNow', now);
  project.provide('runDir', mkdtempSync(join(tmpdir(), 'honor-roll-run-')));
  return async () => {
    await served?.close();
  };
}
