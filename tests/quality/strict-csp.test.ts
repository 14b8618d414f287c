/** Every page carries a strict Content-Security-Policy: no 'unsafe-inline', and WebAssembly only on the search page. */
import { describe, expect, it, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlFiles } from '../support/dist-pages.ts';

const dist = inject('siteDist');
const pages = htmlFiles(dist).filter((f) => !f.includes('/admin/')).map((f) => ({ path: f.slice(dist.length), html: readFileSync(f, 'utf8') }));
const policy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';

describe('the content security policy', () => {
  it('is on every page, with default-src self and no unsafe-inline or unsafe-eval', () => {
    const bad = pages.filter(({ html }) => {
      const p = policy(html);
      return !p.includes("default-src 'self'") || !/script-src 'self'/.test(p) || /'unsafe-inline'|'unsafe-eval'/.test(p);
    });
    expect(bad.map((p) => `${p.path}: ${policy(p.html).slice(0, 120)}`)).toEqual([]);
  });

  it("allows 'wasm-unsafe-eval' on the search page only", () => {
    const wasm = pages.filter(({ html }) => policy(html).includes("'wasm-unsafe-eval'")).map((p) => p.path);
    expect(wasm).toEqual(['/search/index.html']);
  });

  it('leaves no inline event handler or javascript: URL in any page', () => {
    const bad = pages.filter(({ html }) => /\son[a-z]+\s*=\s*["']/i.test(html) || /(href|src)\s*=\s*["']\s*javascript:/i.test(html)).map((p) => p.path);
    expect(bad).toEqual([]);
  });
});
