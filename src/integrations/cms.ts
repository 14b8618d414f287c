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

export const ADMIN_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>内容编辑 · 光荣榜</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript>内容编辑页需要启用 JavaScript。也可以直接在 Git 网页上修改 content/ 中的文件，见《编辑指南》。</noscript>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;

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
        writeFileSync(join(out, 'index.html'), ADMIN_HTML);
        logger.info('内容编辑页已生成：/admin/（Sveltia CMS，配置来自 src/schemas/）');
      },
    },
  };
}
