/**
 * Builds the sample site once for the whole test run and serves it; browser and dist tests reuse it.
 * The URL and folder reach tests through `inject('siteUrl')` / `inject('siteDist')`.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { sampleDist } from './paths.ts';
import { serveDir, type Served } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDist: string;
  }
}

let served: Served | undefined;

export default async function setup(project: TestProject) {
  const outDir = sampleDist();
  const result = await buildSite({ outDir });
  if (result.code !== 0) throw new Error(`示例网站构建失败：\n${result.output}`);
  served = await serveDir(outDir);
  project.provide('siteUrl', served.url);
  project.provide('siteDist', outDir);
  return async () => {
    await served?.close();
  };
}
