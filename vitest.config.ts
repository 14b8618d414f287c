import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { TZ: 'Asia/Shanghai', ASTRO_TELEMETRY_DISABLED: '1' },
    // A test without an assertion fails; browser waits allow for a slow, busy CI machine.
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
  },
});
