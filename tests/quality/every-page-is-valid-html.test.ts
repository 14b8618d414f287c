/** html-validate finds 0 errors on every built page; every internal link and image resolves. */
import { describe, expect, it, inject } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate/node';
import { htmlFiles } from '../support/dist-pages.ts';
import { ROOT } from '../support/paths.ts';

const dist = inject('siteDist');
const files = htmlFiles(dist).filter((f) => !f.includes(`${'/'}admin${'/'}`));

describe('every page of the sample site', () => {
  it('is found', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('has 0 html-validate errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader({ root: true, ...JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) }));
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results)
        for (const m of r.messages) if (m.severity === 2) errors.push(`${file.slice(dist.length)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('has no broken internal link or image', () => {
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const page = `/${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
      for (const m of html.matchAll(/\s(?:href|src|srcset|poster)="([^"]+)"/g)) {
        for (const candidate of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
          if (!candidate || /^(https?:|mailto:|tel:|data:|#|javascript:)/.test(candidate)) continue;
          const url = new URL(candidate.replace(/&amp;/g, '&'), `http://site${page}`);
          if (url.host !== 'site') continue;
          let target = join(dist, decodeURIComponent(url.pathname));
          if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
          if (!existsSync(target)) broken.push(`${page} → ${candidate}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('is written for a Chinese reader: <html lang="zh-CN"> on every page', () => {
    const wrong = files.filter((f) => !/<html[^>]*\slang="zh-CN"/.test(readFileSync(f, 'utf8')));
    expect(wrong.map((f) => f.slice(dist.length))).toEqual([]);
  });
});
