/**
 * Serves the browser editor at `/admin/`: copies Sveltia CMS from node_modules (no CDN, no committed vendor copy)
 * and writes `config.yml` generated from the zod schemas (src/editor/cms-config.ts) into the built site.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsConfigText } from '../editor/cms-config.ts';
import { envSettings, type Env } from '../settings.ts';

/** The repository placeholder used when HONOR_ROLL_CMS_REPO is not set: the editor then has nothing to edit. */
export const PLACEHOLDER_REPO = 'OWNER/honor-roll';

export interface AdminBackend {
  backend: string;
  repo: string;
  baseUrl?: string;
}

export function adminBackend(env: Env = process.env): AdminBackend {
  const { cms } = envSettings(env);
  return { backend: cms.backend || 'github', repo: cms.repo || PLACEHOLDER_REPO, ...(cms.baseUrl ? { baseUrl: cms.baseUrl } : {}) };
}

/**
 * The editor's own Content-Security-Policy: its script and styles from /admin/ (Svelte sets inline styles), pictures
 * as blobs and data URLs, and the one Git host API it talks to — GitHub's or the configured Gitea/Forgejo server.
 */
export function adminPolicy(b: AdminBackend = adminBackend()): string {
  const origin = (u: string) => new URL(u).origin;
  const hosts =
    b.backend === 'gitea' && b.baseUrl
      ? [origin(b.baseUrl)]
      : ['https://api.github.com', 'https://avatars.githubusercontent.com', ...(b.baseUrl ? [origin(b.baseUrl)] : [])];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${hosts.join(' ')}`,
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self' data: ${hosts.join(' ')}`,
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function adminHtml(b: AdminBackend = adminBackend()): string {
  const ready = b.repo !== PLACEHOLDER_REPO;
  const body = ready
    ? '<noscript>内容编辑页需要启用 JavaScript。也可以直接在 Git 网页上修改 content/ 中的文件，见《编辑指南》。</noscript>\n<script src="sveltia-cms.js"></script>'
    : '<main style="max-width:40em;margin:3em auto;padding:0 1em;font-size:1.125rem;line-height:1.7">\n<h1>内容编辑页还没有连接到仓库</h1>\n<p>构建网站时没有设置内容所在的 Git 仓库，编辑器无从读取和保存内容，所以没有打开。</p>\n<p>请网站管理员在构建环境里设置 <code>HONOR_ROLL_CMS_REPO</code>（如 <code>zonggonghui/honor-roll</code>），使用 Gitea/Forgejo 时再设置 <code>HONOR_ROLL_CMS_BACKEND=gitea</code> 和 <code>HONOR_ROLL_CMS_BASE_URL</code>，然后重新构建。说明见《编辑指南》。</p>\n<p>在此之前，可以直接在 Git 网页上修改 content/ 中的文件。</p>\n</main>';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="content-security-policy" content="${adminPolicy(b)}">
<title>内容编辑 · 光荣榜</title>
${ready ? '<link href="config.yml" type="application/yaml" rel="cms-config-url">\n' : ''}</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The published Sveltia bundle fetches its UI fonts from jsDelivr and its translations and version from unpkg.
 * The site must work offline with nothing from a CDN, so those URLs are pointed at copies from the npm package.
 */
function localised(pkg: string, out: string): string {
  let js = readFileSync(join(pkg, 'dist', 'sveltia-cms.js'), 'utf8');
  mkdirSync(join(out, 'assets'), { recursive: true });
  const assets = readdirSync(join(pkg, 'npm', 'assets'));
  js = js.replace(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[^)'"`]*\.woff2/g, (url, family: string) => {
    const file = assets.find((f) => f.startsWith(`${family}-`) && f.endsWith('.woff2'));
    if (!file) throw new Error(`Sveltia CMS：npm 包里没有字体 ${family}（${url}）`);
    copyFileSync(join(pkg, 'npm', 'assets', file), join(out, 'assets', file));
    return `/admin/assets/${file}`;
  });
  const base = /([A-Za-z_$][\w$]*)=`https:\/\/unpkg\.com\/@sveltia\/cms`/.exec(js)?.[1];
  if (!base) throw new Error('Sveltia CMS：找不到 unpkg 地址，升级后请检查 src/integrations/cms.ts');
  js = js.replace(new RegExp(`\\$\\{${base.replace('$', '\\$')}\\}@\\$\\{[\\w$]+\\}/locales`, 'g'), '/admin/locales');
  js = js.replace(`\${${base}}/package.json`, '/admin/package.json');
  // The editor asks githubstatus.com on load whether GitHub is up: the site makes no outside request it did not
  // choose, so the answer is "unknown" without asking.
  const status = /(try\{let\{status:\{indicator:[\w$]+\}\}=)await [\w$]+\([\w$]+\)/;
  if (!status.test(js) || !js.includes('https://www.githubstatus.com/api/v2/status.json')) throw new Error('Sveltia CMS：找不到 githubstatus 请求，升级后请检查 src/integrations/cms.ts');
  js = js.replace(status, "$1{status:{indicator:'unknown'}}").replace('https://www.githubstatus.com/api/v2/status.json', '');
  cpSync(join(pkg, 'locales'), join(out, 'locales'), { recursive: true });
  const { version, name, license } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as Record<string, string>;
  writeFileSync(join(out, 'package.json'), JSON.stringify({ name, version, license }));
  return js;
}

export function cmsAdmin(): AstroIntegration {
  return {
    name: 'honor-roll:cms',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        const require = createRequire(import.meta.url);
        const pkg = dirname(dirname(require.resolve('@sveltia/cms'))); // …/@sveltia/cms/npm/index.js
        writeFileSync(join(out, 'sveltia-cms.js'), localised(pkg, out));
        writeFileSync(join(out, 'config.yml'), cmsConfigText());
        const backend = adminBackend();
        writeFileSync(join(out, 'index.html'), adminHtml(backend));
        if (backend.repo === PLACEHOLDER_REPO) {
          logger.warn('内容编辑页 /admin/ 没有连接到仓库：请设置 HONOR_ROLL_CMS_REPO（见《编辑指南》）。在此之前 /admin/ 只显示这条说明。');
        } else logger.info(`内容编辑页已生成：/admin/（Sveltia CMS，仓库 ${backend.repo}）`);
      },
    },
  };
}
