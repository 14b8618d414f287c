import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The fast tests (`npm run test:fast`, the `fast` project): no browser, no Astro build, no sample site, no spawned
 * test suite; they finish in seconds and editors run them before a commit. A new test file belongs to the `site`
 * project unless it is listed here; list it only if it needs none of those things.
 */
export const FAST = [
  'tests/unit/**/*.test.ts',
  'tests/check/**/*.test.ts',
  'tests/import/**/*.test.ts',
  'tests/bench/generator.test.ts',
  'tests/editor/frontmatter-config.test.ts',
  'tests/editor/pre-commit.test.ts',
  'tests/editor/scaffold.test.ts',
  'tests/publish/workflows-and-git-dates.test.ts',
  'tests/roll/charts.test.ts',
  'tests/security/hostile-content.test.ts',
  'tests/search/search-aliases.test.ts',
  'tests/search/sort-results.test.ts',
  'tests/talks/talk-content.test.ts',
  'tests/validity/share-image-cache.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Hooks that build call buildSite with no Vitest limit (BUILD_HOOK): the lock queue is not work, and the build
    // limits itself. This limit is for the rest: launching a browser, opening pages.
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { TZ: 'Asia/Shanghai', ASTRO_TELEMETRY_DISABLED: '1' },
    // A test without an assertion fails; browser waits allow for a slow, busy CI machine.
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
    projects: [
      // One module registry per worker for the fast files (no re-import per file: about half the time). A fast test
      // must not depend on what ran before it in the same worker; `--sequence.shuffle` shakes that out.
      { extends: true, test: { name: 'fast', include: FAST, isolate: false } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...FAST],
          // The sample site, built once per run and shared read-only (tests/support/README.md).
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
