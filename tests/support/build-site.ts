/** Runs a real `astro build` of a content tree into its own folders, the way `npm run build` does. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
}

/** The environment a person's shell would have: without the variables Vitest adds for its own workers. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

// One lock per project folder: only builds of the same checkout share its .astro/.
const LOCK = join(tmpdir(), `honor-roll-astro-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);

/**
 * Astro keeps its prerender work files in the project's own `.astro/` folder whatever the output folder, so two
 * builds of this project at once can delete each other's files. Test builds (from any worker or process) take
 * turns through a lock folder; a lock older than 30 minutes is left over from a killed run and is taken over.
 */
export async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 1_800_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* the holder just released it */
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  return withBuildLock(() => runBuild(options));
}

function runBuild(options: BuildOptions): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'honor-roll-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: {
        ...cleanEnv(),
        // Vitest sets NODE_ENV=test, which would make Astro build in dev mode and show drafts.
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: 'Asia/Shanghai',
        HONOR_ROLL_OUT_DIR: outDir,
        HONOR_ROLL_CACHE_DIR: join(work, 'cache'),
        ...(options.content ? { HONOR_ROLL_CONTENT: options.content } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, outDir }));
  });
}
