/**
 * `npm test`: the type check (`npm run typecheck`) and every test file (`vitest run`), side by side.
 *
 * The tests leave a core idle much of the time (a browser waiting for a page, one build at a time), and the type
 * check is about 17 s of one core: run together, it costs the run little. The tests print as they go; the type
 * check's output is held and printed after them, so the two never interleave. The run fails if either fails.
 * Arguments go to Vitest: `npm test -- tests/search/`.
 *
 * `astro check` writes the project's `.astro/` as a build of the sample does, so it takes its turn through the same
 * build lock (tests/support/build-site.ts), and lets the sample build of the tests' global setup go first: the tests
 * wait for that one build, not for the type check.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK, withBuildLock } from '../tests/support/build-site.ts';

const ROOT = join(import.meta.dirname, '..');

interface Done {
  code: number;
  output: string;
  seconds: number;
}

function run(command: string, args: string[], capture: boolean): Promise<Done> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d));
    child.stderr?.on('data', (d: Buffer) => (output += d));
    const finish = (code: number) => done({ code, output, seconds: (performance.now() - started) / 1000 });
    child.on('error', (e) => {
      output += `${e.message}\n`;
      finish(1);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Until the global setup's sample build has taken the lock and let it go (or the tests ended, or 60 s passed). */
async function afterSampleBuild(testsEnded: () => boolean): Promise<void> {
  const until = Date.now() + 60_000;
  while (!existsSync(LOCK) && !testsEnded() && Date.now() < until) await pause(100);
  while (existsSync(LOCK) && !testsEnded() && Date.now() < until) await pause(100);
}

// This Node (the project's pinned one, as npm runs scripts with it) runs the tests.
let ended = false;
const tests = run(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], false).then((d) => {
  ended = true;
  return d;
});
const types = await afterSampleBuild(() => ended).then(() => withBuildLock(() => run('npm', ['run', '--silent', 'typecheck'], true)));
const tested = await tests;

console.log(`\n类型检查（npm run typecheck，与测试同时运行，用时 ${types.seconds.toFixed(1)} 秒）：`);
console.log(types.output.trimEnd());
if (types.code !== 0) console.error(`\n类型检查没有通过（退出码 ${types.code}），见上面的输出。`);
if (tested.code !== 0) console.error(`\n测试没有全部通过（退出码 ${tested.code}），见上面 Vitest 的输出。`);
process.exit(types.code !== 0 ? types.code : tested.code);
