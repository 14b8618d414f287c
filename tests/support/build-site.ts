/**
 * Runs a real `astro build` of a content tree into its own folders, the way `npm run build` does.
 *
 * Timing: waiting for the build lock has no limit and is not work, so a hook or test that calls `buildSite` gives
 * Vitest no limit (`BUILD_HOOK`, i.e. 0) and the build itself is limited here, from the moment it holds the lock.
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative, resolve as resolvePath } from 'node:path';
import { ROOT } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Content folder; default the sample `content/`. */
  content?: string;
  outDir?: string;
  env?: Record<string, string>;
  /** Longest the build may run once it holds the lock (default 10 minutes): a hung build fails instead of hanging. */
  workLimitMs?: number;
}

/**
 * The Vitest limit for a `beforeAll` or test that calls `buildSite`: none. Its time is mostly the queue for the lock;
 * the build's own work is limited by `workLimitMs`.
 */
export const BUILD_HOOK = 0;

/** The environment a person's shell would have: without the variables Vitest adds for its own workers. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

// One lock per project folder: only builds of the same checkout share its .astro/.
const LOCK = join(tmpdir(), `honor-roll-astro-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

interface Holder {
  pid: number;
  host: string;
  /** The process's start time (Linux /proc), so a reused process id is not mistaken for the holder. */
  started: string;
  token: string;
}

function startTime(pid: number): string {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name (which may contain spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function alive(h: Holder): boolean {
  if (h.host !== hostname()) return true; // another machine sharing /tmp: cannot tell, so wait
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const now = startTime(h.pid);
  return !h.started || !now || now === h.started;
}

function readHolder(dir: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'holder.json'), 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/** Takes the lock in one step: a folder that already names its holder is renamed into place. */
function tryTake(lock: string): string | undefined {
  const token = randomUUID();
  const draft = `${lock}.${token}`;
  mkdirSync(draft);
  const holder: Holder = { pid: process.pid, host: hostname(), started: startTime(process.pid), token };
  writeFileSync(join(draft, 'holder.json'), JSON.stringify(holder));
  try {
    renameSync(draft, lock);
    return token;
  } catch {
    rmSync(draft, { recursive: true, force: true });
    return undefined;
  }
}

/** Frees a lock whose holder process is gone (a killed run); a live holder's lock is left alone. */
function clearIfDead(lock: string): void {
  const holder = readHolder(lock);
  if (!holder) {
    // A lock folder that names no holder was made by an older version of this helper: taken over after a minute.
    try {
      if (Date.now() - statSync(lock).mtimeMs > 60_000) {
        const aside = `${lock}.old-${randomUUID()}`;
        renameSync(lock, aside);
        rmSync(aside, { recursive: true, force: true });
      }
    } catch {
      /* released meanwhile */
    }
    return;
  }
  if (alive(holder)) return;
  const aside = `${lock}.dead-${randomUUID()}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // released or taken over meanwhile
  }
  // Another waiter may have replaced the dead lock with its own between our read and the rename: give it back.
  if (readHolder(aside)?.token !== holder.token) {
    try {
      renameSync(aside, lock);
      return;
    } catch {
      /* a third process took the lock meanwhile; the moved one is dropped below */
    }
  }
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Astro keeps its generated content modules in the root's `.astro/` folder, and a build whose output is outside the
 * working folder bundles its pages into `<cwd>/.astro/` too, so two builds of the sample (root = the project) at once
 * would read or delete each other's files. Those builds (the sample, `astro check`, the bench, from any worker or
 * process) take turns through a lock folder that names its holder's process; when that process is gone (a killed run)
 * the lock is taken over at once. Waiting has no time limit. `lock` is for the lock's own test and for shared builds.
 * Fixture builds need no lock: each has a scratch root of its own (see `runBuild`).
 */
export async function withBuildLock<T>(run: () => Promise<T>, lock = LOCK): Promise<T> {
  let token: string | undefined;
  while (!(token = tryTake(lock))) {
    clearIfDead(lock);
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    return await run();
  } finally {
    // Moved aside in one step before it is deleted, so a waiter never sees (and renames onto) a half-deleted lock.
    if (readHolder(lock)?.token === token) {
      renameSync(lock, `${lock}.done-${token}`);
      rmSync(`${lock}.done-${token}`, { recursive: true, force: true });
    }
  }
}

/**
 * A build of the sample (no `content`) takes its turn through the build lock; a fixture build runs at once, beside
 * any other build, in a scratch root of its own.
 */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  return options.content ? runBuild(options) : withBuildLock(() => runBuild(options));
}

/** Scratch roots of fixture builds: inside the project, so the bundled pages find its node_modules. */
const SCRATCH = join(ROOT, '.cache', 'builds');

/**
 * The build itself, without the lock. A fixture build (`content` given) runs with a scratch folder as its root and
 * working folder, and the project's own config (which names the project's src/ and public/): its `.astro/` and
 * bundled pages are its own, so it needs no lock. A build of the sample keeps the project as its root (git dates are
 * read from there) and must hold the lock (tests/support/shared-build.ts holds it when it calls this).
 */
export function runBuild(options: BuildOptions): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'honor-roll-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const limit = options.workLimitMs ?? 600_000;
  let scratch: string | undefined;
  if (options.content) {
    mkdirSync(SCRATCH, { recursive: true });
    scratch = mkdtempSync(join(SCRATCH, 'b-'));
    // Astro reads the root's tsconfig.json for import aliases (`@/…`): the project's, with its targets made absolute.
    const paths = (JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions?: { paths?: Record<string, string[]> } }).compilerOptions?.paths ?? {};
    const absolute = Object.fromEntries(Object.entries(paths).map(([alias, targets]) => [alias, targets.map((t) => join(ROOT, t))]));
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ extends: relative(scratch, join(ROOT, 'tsconfig.json')), compilerOptions: { paths: absolute } }));
  }
  // Astro reads --config relative to --root.
  const rootArgs = scratch ? ['--root', scratch, '--config', relative(scratch, join(ROOT, 'astro.config.mjs'))] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...rootArgs], {
      cwd: scratch ?? ROOT,
      env: {
        ...cleanEnv(),
        // Vitest sets NODE_ENV=test, which would make Astro build in dev mode and show drafts.
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: 'Asia/Shanghai',
        HONOR_ROLL_OUT_DIR: outDir,
        HONOR_ROLL_CACHE_DIR: join(work, 'cache'),
        ...(options.content ? { HONOR_ROLL_CONTENT: resolvePath(options.content) } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      output += `\n[test support] the build ran longer than ${limit / 1000} s and was stopped\n`;
      child.kill('SIGKILL');
    }, limit);
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve({ code: code ?? 1, output, outDir });
    });
  });
}
