/**
 * The order test files start in. Vitest starts the files that took longest last time first, from its cache; a fresh
 * clone (as in CI) has no cache, and Vitest then starts the biggest files first, which is not the same: a small file
 * that sweeps every page in a browser would start last and keep the run waiting for it alone. So where the cache
 * has no figures, the files known to be slow start first, slowest first, and the rest as Vitest would order them.
 * A stale list only costs some seconds, never a result; refresh it from a run's own figures
 * (`npx vitest run --reporter=json --outputFile=…`, each file's endTime − startTime).
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The slowest files of the `site` project on an idle 2-core machine, slowest first. */
export const SLOWEST = [
  'tests/build/incremental-rebuild.test.ts',
  'tests/quality/every-page-is-accessible-and-offline.test.ts',
  'tests/quality/every-page-is-accessible-on-a-desktop.test.ts',
  'tests/talks/slide-show.test.ts',
  'tests/search/search-page-in-a-browser.test.ts',
  'tests/design/phone-first-layout.test.ts',
  'tests/publish/workflow-steps-on-a-fresh-clone.test.ts',
  'tests/talks/safe-area.test.ts',
  'tests/design/chinese-typesetting.test.ts',
  'tests/talks/presenter-and-lobby.test.ts',
  'tests/roll/honour-roll-and-stats.test.ts',
  'tests/talks/talk-build.test.ts',
  'tests/security/pasted-html-is-sanitised.test.ts',
  'tests/security/hostile-content-build.test.ts',
  'tests/build/other-union.test.ts',
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const known = (spec: TestSpecification) => !!this.ctx.cache.getTestSpecificationResult(spec);
    const rank = (spec: TestSpecification) => {
      const at = SLOWEST.indexOf(relative(spec.project.config.root, spec.moduleId).replaceAll('\\', '/'));
      return at < 0 ? SLOWEST.length : at;
    };
    // Projects run one after another, in Vitest's order; within one, the list decides where the cache cannot.
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    return projects.flatMap((name) => {
      const group = sorted.filter((spec) => spec.project.name === name);
      if (group.every(known)) return group;
      return group.map((spec, i) => ({ spec, i, r: rank(spec) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ spec }) => spec);
    });
  }
}
