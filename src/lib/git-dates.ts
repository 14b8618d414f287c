/**
 * When each content file was added and last changed, from git history, read ONCE per build with a single `git log`.
 * Outside a git checkout, or in a shallow clone (whose history is cut short and would give wrong "added" dates),
 * it returns an empty map and pages simply show no update date.
 */
import { execFileSync } from 'node:child_process';
import { contentRoot } from '../settings.ts';

export interface FileDates {
  added: Date;
  updated: Date;
}

export type GitDates = Map<string, FileDates>;

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Dates keyed by path relative to `cwd` with forward slashes (`content/people/he-maodong.md`). */
export function readGitDates(cwd: string, dir = 'content'): GitDates {
  const dates: GitDates = new Map();
  if (git(cwd, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return dates;
  if (git(cwd, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') return dates;
  const log = git(cwd, ['log', '--format=@%ct', '--name-only', '--no-renames', '--relative', '--', dir]);
  if (!log) return dates;
  let when: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) when = new Date(Number(line.slice(1)) * 1000);
    else if (line && when) {
      const seen = dates.get(line);
      // The log runs newest first: the first sighting is the last change, the last sighting the addition.
      if (seen) seen.added = when;
      else dates.set(line, { added: when, updated: when });
    }
  }
  return dates;
}

let cached: GitDates | undefined;
/** This build's dates, read once. */
export function gitDates(): GitDates {
  cached ??= readGitDates(process.cwd(), contentRoot());
  return cached;
}
