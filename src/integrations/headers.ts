/**
 * Security headers for the built site, from the policy the pages themselves carry: every page has a strict CSP
 * <meta> with the hashes of Astro's scripts and styles; the headers repeat that policy (the union over all pages)
 * and add what only a header can say (frame-ancestors). /admin/ gets its own policy (src/integrations/cms.ts).
 * Written after the build: `dist/_headers` (static hosts that read it) and `dist/_csp.conf` (included by
 * deploy/nginx.conf). Neither is served: _headers is consumed by those hosts, nginx.conf refuses /_csp.conf.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Directives only a header can carry, added to the pages' own policy. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16384);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function pages(dir: string, skip: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return skip.includes(p) ? [] : pages(p, skip);
    return d.name.endsWith('.html') ? [p] : [];
  });
}

/** The union of the pages' CSP <meta> policies, directive by directive, in the order first seen. */
export function pagePolicy(dist: string): string {
  const directives = new Map<string, Set<string>>();
  // /admin/ has its own policy; /offline/ holds single-file downloads for halls (opened from disk, not served pages).
  for (const file of pages(dist, [join(dist, 'admin'), join(dist, 'offline')])) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(head(file))?.[1];
    if (!meta) continue;
    for (const part of meta.replace(/&#39;/g, "'").split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const v of values) set.add(v);
      directives.set(name, set);
    }
  }
  return [...[...directives].map(([k, v]) => [k, ...v].join(' ')), ...HEADER_ONLY].join('; ');
}

/** Writes dist/_headers (from public/_headers, with the policies filled in) and dist/_csp.conf for nginx. */
export function writeHeaderFiles(dist: string, adminPolicy: string): { site: string; admin: string } {
  const site = pagePolicy(dist);
  const admin = `${adminPolicy}; ${HEADER_ONLY.join('; ')}`;
  const template = readFileSync(join(dist, '_headers'), 'utf8');
  writeFileSync(
    join(dist, '_headers'),
    template.replace(/^(\s*Content-Security-Policy:).*$/m, `$1 ${site}`) + `\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${admin}\n`,
  );
  writeFileSync(
    join(dist, '_csp.conf'),
    `# 由构建生成（src/integrations/headers.ts），供 deploy/nginx.conf 引用：与页面里的 CSP 相同。\nset $honor_roll_csp "${site}";\nset $honor_roll_admin_csp "${admin}";\n`,
  );
  return { site, admin };
}

export function securityHeaders(adminPolicy: () => string): AstroIntegration {
  return {
    name: 'honor-roll:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeHeaderFiles(fileURLToPath(dir), adminPolicy());
        logger.info('安全响应头已生成：_headers、_csp.conf（与页面的 CSP 相同）');
      },
    },
  };
}
