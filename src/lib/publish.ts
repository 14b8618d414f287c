import { envSettings } from '../settings.ts';

/**
 * The one publishing rule. Every listing, page, feed, sitemap, count and the search index asks this.
 * Drafts and entries dated after today (Asia/Shanghai) are hidden in production and shown in dev.
 */
export interface Publishable {
  draft?: boolean;
  published?: Date;
}

export interface PublishContext {
  /** Dev mode shows everything, so editors can preview drafts. */
  dev: boolean;
  now: Date;
}

export function isPublished(data: Publishable, ctx: PublishContext): boolean {
  if (ctx.dev) return true;
  if (data.draft) return false;
  if (data.published && data.published.getTime() > ctx.now.getTime()) return false;
  return true;
}

/** The context of this build: dev from Vite, "now" from HONOR_ROLL_NOW (tests, reproducible builds) or the clock. */
export function buildContext(env: { DEV?: boolean } = {}): PublishContext {
  const fixed = envSettings().now;
  return { dev: Boolean(env.DEV), now: fixed ? new Date(fixed) : new Date() };
}
