/**
 * The slide shows in real Chromium, as a speaker with a clicker and a projector would use them:
 * keys, hash deep links, overview, black screen, presenter window in sync, print, the offline export.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type TrackedPage } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { exportTalk } from '../../scripts/export-talk.ts';

const site = inject('siteUrl');
const dist = inject('siteDist');
const TALK = '/talks/bangyang-de-liliang/';
const VIEWPORT = { width: 1280, height: 720 };
let browser: Browser;
let tab: TrackedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openPage(browser, site, { viewport: VIEWPORT });
});
afterAll(async () => {
  await browser?.close();
});

/** 1-based number of the slide on screen, from what is actually displayed. */
async function shown(page: Page): Promise<number> {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('.deck > .page')].filter((p) => p.getClientRects().length > 0);
    if (visible.length !== 1) throw new Error(`应只显示一张幻灯片，实际 ${visible.length} 张`);
    return Number(visible[0]!.dataset['index']) + 1;
  });
}
const slideCount = (page: Page) => page.locator('.deck > .page').count();
const currentText = (page: Page) => page.locator('.page.current > .slide').innerText();
const hashOf = (page: Page) => new URL(page.url()).hash;

async function open(path: string, page = tab.page): Promise<Page> {
  await page.goto('about:blank');
  const response = await page.goto(`${site}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.waitForFunction(() => document.documentElement.classList.contains('js-deck'));
  return page;
}

describe('a talk as a slide show', () => {
  it('the talk is listed at /talks/ (linked from every page footer) and opens as a slide show', async () => {
    const page = tab.page;
    await page.goto(`${site}/`);
    await page.locator('footer').getByRole('link', { name: '宣讲' }).click();
    await page.waitForURL(`${site}/talks/`);
    await page.getByRole('link', { name: '榜样的力量——经开区劳模工匠' }).click();
    await page.waitForURL(`${site}${TALK}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(currentText(page)).resolves.toContain('榜样的力量——经开区劳模工匠');
    expect(await shown(page)).toBe(1);
    expect(tab.external).toEqual([]);
  });

  it('arrow keys, clicker keys, Home/End and a typed number with Enter move through the talk and the hash follows', async () => {
    const page = await open(TALK);
    const n = await slideCount(page);
    expect(n).toBe(13);
    await page.keyboard.press('ArrowRight');
    expect([await shown(page), hashOf(page)]).toEqual([2, '#2']);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    expect([await shown(page), hashOf(page)]).toEqual([4, '#4']);
    await expect(currentText(page)).resolves.toContain('何茂栋');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    expect(await shown(page)).toBe(2);
    await page.keyboard.press('End');
    expect([await shown(page), hashOf(page)]).toEqual([n, `#${n}`]);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toBe(n);
    await page.keyboard.press('Home');
    expect(await shown(page)).toBe(1);
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    expect(await page.locator('.jump').innerText()).toContain('11');
    await page.keyboard.press('Enter');
    expect([await shown(page), hashOf(page)]).toEqual([11, '#11']);
    await expect(currentText(page)).resolves.toContain('职工创新工作室');
  });

  it('a link to #5 opens the fifth slide, and changing the hash moves the show', async () => {
    const page = await open(`${TALK}#5`);
    expect(await shown(page)).toBe(5);
    await expect(currentText(page)).resolves.toContain('张子康');
    await page.evaluate(() => (location.hash = '#8'));
    await page.waitForFunction(() => document.querySelector('.page.current')?.getAttribute('data-index') === '7');
    await expect(currentText(page)).resolves.toContain('赵永纯');
  });

  for (const screen of [VIEWPORT, { width: 1024, height: 768 }]) {
  it(`on a ${screen.width}×${screen.height} screen every slide fills the screen with text at least 4.5% of its height and contrast of at least 7:1`, async () => {
    const page = await open(TALK);
    await page.setViewportSize(screen);
    const n = await slideCount(page);
    // One call walks the whole talk in the page: each slide through its hash, then measured.
    const reports = await page.evaluate(async (count) => {
      const all: ReturnType<typeof measure>[] = [];
      for (let i = 1; i <= count; i++) {
        await showSlide(i);
        all.push(measure());
      }
      return all;
      /** What a link to #i shows: the deck listens for hashchange from its start, so it has moved before this resolves. */
      async function showSlide(i: number): Promise<void> {
        if (location.hash !== `#${i}`) {
          const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
          location.hash = `#${i}`;
          await changed;
        }
        if (document.querySelector('.page.current')?.getAttribute('data-index') !== String(i - 1)) throw new Error(`#${i} 没有显示第 ${i} 张`);
      }
      function measure() {
        const lum = (c: string) => {
          const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const slide = document.querySelector<HTMLElement>('.page.current > .slide')!;
        const box = slide.getBoundingClientRect();
        const bg = getComputedStyle(slide).backgroundColor;
        const texts = [...slide.querySelectorAll<HTMLElement>('h1, h2, p, li, .slide-avatar')].filter((el) => el.innerText.trim() !== '');
        return {
          box: { w: box.width, h: box.height },
          overflow:
            slide.scrollHeight > slide.clientHeight + 1 ||
            [...slide.querySelectorAll('.frame > *, .frame > * > *')].some((el) => {
              const r = el.getBoundingClientRect();
              return r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1;
            }),
          texts: texts.map((el) => {
            const cs = getComputedStyle(el);
            const own = cs.backgroundColor !== 'rgba(0, 0, 0, 0)' ? cs.backgroundColor : bg;
            const [a, b] = [lum(cs.color), lum(own)].sort((x, y) => y - x);
            return { text: el.innerText.slice(0, 12), size: parseFloat(cs.fontSize), contrast: (a! + 0.05) / (b! + 0.05) };
          }),
        };
      }
    }, n);
    expect(reports.length).toBe(n);
    for (const [k, report] of reports.entries()) {
      const i = k + 1;
      expect(report.box.w, `第 ${i} 张宽度`).toBeCloseTo(screen.width, 0);
      expect(report.box.h, `第 ${i} 张高度`).toBeCloseTo(screen.height, 0);
      expect(report.overflow, `第 ${i} 张内容溢出`).toBe(false);
      expect(report.texts.length, `第 ${i} 张有文字`).toBeGreaterThan(0);
      for (const t of report.texts) {
        expect(t.size, `第 ${i} 张“${t.text}”字号`).toBeGreaterThanOrEqual(0.045 * screen.height);
        expect(t.contrast, `第 ${i} 张“${t.text}”对比度`).toBeGreaterThanOrEqual(7);
      }
    }
    await page.setViewportSize(VIEWPORT);
  });
  }

  it('O shows an overview of every slide, a click picks one, Esc closes the overview and never opens it', async () => {
    const page = await open(`${TALK}#3`);
    const n = await slideCount(page);
    await page.keyboard.press('o');
    const visible = await page.evaluate(() => [...document.querySelectorAll('.deck > .page')].filter((p) => p.getClientRects().length > 0).length);
    expect(visible).toBe(n);
    const sizes = await page.locator('.deck > .page > .slide').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.max(...sizes)).toBeLessThan(VIEWPORT.width / 2);
    await page.locator('.deck > .page').nth(5).click();
    expect([await shown(page), hashOf(page)]).toEqual([6, '#6']);
    await page.keyboard.press('Escape');
    await expect(page.locator('html').getAttribute('class')).resolves.not.toContain('overview');
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    expect(await shown(page)).toBe(6);
  });

  it('F puts the show in full screen and takes it out again', async () => {
    const page = await open(TALK);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    await page.keyboard.press('F');
    await page.waitForFunction(() => document.fullscreenElement === null);
  });

  it('B and . black the screen and bring it back', async () => {
    const page = await open(TALK);
    const blackOpacity = () => page.locator('.blackout').evaluate((el) => Number(getComputedStyle(el).opacity));
    // The fade is a CSS transition: wait for where it ends, however slow the machine.
    await page.keyboard.press('b');
    await expect.poll(blackOpacity).toBe(1);
    await page.keyboard.press('.');
    await expect.poll(blackOpacity).toBe(0);
  });

  it('a swipe to the left goes forward and to the right goes back; the progress bar grows', async () => {
    const page = await open(`${TALK}#2`);
    const swipe = (dx: number) =>
      page.evaluate((d) => {
        const el = document.getElementById('deck')!;
        const touch = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
        el.dispatchEvent(new TouchEvent('touchstart', { changedTouches: [touch(600)], bubbles: true }));
        el.dispatchEvent(new TouchEvent('touchend', { changedTouches: [touch(600 + d)], bubbles: true }));
      }, dx);
    const progress = () => page.locator('.progress > span').evaluate((el) => el.getBoundingClientRect().width);
    const before = await progress();
    await swipe(-200);
    expect(await shown(page)).toBe(3);
    await expect.poll(progress).toBeGreaterThan(before);
    await swipe(200);
    await swipe(200);
    expect(await shown(page)).toBe(1);
  });

  it('P opens the presenter window with current and next slide, notes and clocks; both windows follow each other', async () => {
    await tab.page.goto('about:blank');
    const audience = await tab.context.newPage();
    await audience.setViewportSize(VIEWPORT);
    await open(`${TALK}#3`, audience);
    const [presenter] = await Promise.all([tab.context.waitForEvent('page'), audience.keyboard.press('p')]);
    await presenter.waitForLoadState();
    await presenter.waitForFunction(() => document.documentElement.classList.contains('presenter'));
    expect(new URL(presenter.url()).search).toBe('?presenter');
    await presenter.waitForFunction(() => document.querySelector('.page.current')?.getAttribute('data-index') === '2');
    // Presenter shows current + next slide and the current notes.
    await expect(presenter.locator('.page.current > .slide').innerText()).resolves.toContain('经开区3人获全国五一劳动奖章');
    await expect(presenter.locator('.page.next > .slide').innerText()).resolves.toContain('何茂栋');
    await expect(presenter.locator('.page.current > .notes').innerText()).resolves.toContain('风电匠人');
    expect(await presenter.locator('.page.current > .notes').isVisible()).toBe(true);
    expect(await audience.locator('.page.current > .notes').isVisible()).toBe(false);
    await expect(presenter.locator('[data-remaining]').innerText()).resolves.toMatch(/^1[45]:\d\d$/);
    await expect(presenter.locator('[data-elapsed]').innerText()).resolves.toMatch(/^0:0\d$/);
    await expect(presenter.locator('[data-wall]').innerText()).resolves.toMatch(/^\d{2}:\d{2}:\d{2}$/);
    // Keys in the presenter window move the audience window…
    await presenter.keyboard.press('ArrowRight');
    await audience.waitForFunction(() => location.hash === '#4');
    expect(await shown(audience)).toBe(4);
    // …and keys in the audience window move the presenter window.
    await audience.keyboard.press('End');
    await presenter.waitForFunction(() => location.hash === '#13');
    await expect(presenter.locator('.page.current > .slide').innerText()).resolves.toContain('资料来源');
    await audience.keyboard.press('b');
    await presenter.waitForFunction(() => document.documentElement.classList.contains('is-black'));
    await presenter.close();
    await audience.close();
  });

  it('two windows opened separately (audience and ?presenter) stay in sync through BroadcastChannel', async () => {
    await tab.page.goto('about:blank');
    const audience = await tab.context.newPage();
    const presenter = await tab.context.newPage();
    await open(`${TALK}#2`, audience);
    await open(`${TALK}?presenter`, presenter);
    // The new presenter window asks where the show is and joins it.
    await presenter.waitForFunction(() => location.hash === '#2');
    await presenter.keyboard.press('3');
    await presenter.keyboard.press('Enter');
    await audience.waitForFunction(() => location.hash === '#3');
    await audience.keyboard.press('ArrowLeft');
    await presenter.waitForFunction(() => location.hash === '#2');
    await audience.close();
    await presenter.close();
  });

  // One test per window, each with its own page: a PDF is real work, and a slow one must not hold up the other.
  for (const path of [TALK, `${TALK}?presenter`]) {
    it(`printing ${path} gives one A4 landscape page per slide, with notes only from the presenter window`, async () => {
      const page = await tab.context.newPage();
      await open(path, page);
      const n = await slideCount(page);
      await page.emulateMedia({ media: 'print' });
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length, path).toBe(n);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
      expect(Number(box?.[1]), 'A4 横向宽 842pt').toBeCloseTo(842, -1);
      expect(Number(box?.[2]), 'A4 横向高 595pt').toBeCloseTo(595, -1);
      const notesShown = await page.locator('.page:nth-child(4) > .notes').isVisible();
      expect(notesShown, path).toBe(path.includes('presenter'));
      await page.close();
      // A PDF of the whole talk.
    }, 90_000);
  }

  it('the slide script is an external module, so the show works under a strict Content-Security-Policy', async () => {
    const html = readFileSync(join(dist, 'talks/bangyang-de-liliang/index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
    const context = await browser.newContext({ viewport: VIEWPORT });
    const violations: string[] = [];
    await context.route(`${site}${TALK}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'" },
      });
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await open(TALK, page);
    await page.keyboard.press('ArrowRight');
    expect(await shown(page)).toBe(2);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  for (const path of ['/talks/', TALK, `${TALK}?presenter`, '/project/people/he-maodong/']) {
    it(`${path} has no accessibility violations found by axe`, async () => {
      const page = await tab.context.newPage();
      await page.goto(`${site}${path}`);
      expect(describeViolations(path, await axeViolations(page))).toEqual([]);
      await page.close();
    });
  }
});

describe('projecting any page (投影)', () => {
  const decks = readdirSync(join(dist, 'project')).flatMap((kind) => readdirSync(join(dist, 'project', kind)).map((id) => `/project/${kind}/${id}/`));
  it('there is a generated 投影 slide show for every entry', () => {
    expect(decks.length).toBeGreaterThanOrEqual(18);
  });
  // That every slide of each of them keeps its text on the slide, 5% clear of the edges, on a 1024×768 and a
  // 1920×1080 projector: tests/talks/safe-area.test.ts (one visit per show measures both).

  for (const [path, name, kind] of [
    ['/people/he-maodong/', '何茂栋', 'people'],
    ['/collectives/schneider-gonghui/', '施耐德低压电器有限公司工会', 'collectives'],
    ['/stories/schneider-jiti-hetong/', '一年译成一份集体合同', 'stories'],
  ] as const) {
    it(`the ${kind} page ${path} has a 投影 link that shows the entry as a short slide show ending with its sources, without a QR code to the example address`, async () => {
      const page = tab.page;
      await page.goto(`${site}${path}`);
      await page.getByRole('link', { name: '投影' }).click();
      await page.waitForURL(`${site}/project${path}`);
      await page.waitForFunction(() => document.documentElement.classList.contains('js-deck'));
      await expect(currentText(page)).resolves.toContain(name);
      const n = await slideCount(page);
      expect(n).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('End');
      await expect(currentText(page)).resolves.toContain('资料来源');
      expect(await page.locator('.qr').count()).toBe(0);
    });
  }
});

describe('pages without slides stay script-free', () => {
  it('no page except slide shows and search carries a script', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.html') ? [join(dir, f)] : []));
    // offline/ holds the single-file downloads, whose script is inline by design (tests/talks/offline-file.test.ts).
    const files = walk(dist).map((f) => relative(dist, f)).filter((f) => !f.startsWith('offline/'));
    const slidePages = files.filter((f) => /^(talks\/[^/]+|project\/[^/]+\/[^/]+)\/index\.html$/.test(f));
    expect(slidePages.length).toBeGreaterThan(3);
    const offenders = files
      .filter((f) => !slidePages.includes(f) && !f.startsWith('search/') && !f.startsWith('admin/'))
      // The shared 大字/高对比 switch (/prefs.js) is the one script allowed on every page; profile and story pages may also
      // carry the small 分享海报 button loader (its drawing code loads only when the button is pressed). Nothing else runs.
      .filter((f) => {
        let html = readFileSync(join(dist, f), 'utf8');
        if (/^(people|stories)\/[^/]+\/index\.html$/.test(f)) html = html.replace(POSTER_BOOT, '');
        return /<script(?![^>]*type="application\/ld\+json")(?! src="\/prefs\.js">)[\s>]/i.test(html);
      });
    expect(offenders).toEqual([]);
    for (const f of slidePages) expect(readFileSync(join(dist, f), 'utf8'), f).toContain('<script type="module"');
  });
});

/** The 分享海报 button's loader, as Astro bundles it (src/components/SharePoster.astro). */
const POSTER_BOOT = /<script type="module" src="\/_astro\/SharePoster\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"><\/script>/;

describe('the offline export', () => {
  it('npm run export:talk writes one file that runs from file:// with every request blocked and shows every slide', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'honor-roll-export-')), '榜样的力量.html');
    const result = exportTalk({ slug: 'bangyang-de-liliang', out, dist, build: false });
    expect(result.slides).toBe(13);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/\ssrc="\/|<link rel="stylesheet"/);
    const context = await browser.newContext({ viewport: VIEWPORT });
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(out).href || url.startsWith(`${pathToFileURL(out).href}?`) || url.startsWith('data:')) return route.continue();
      requested.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(out).href);
    await page.waitForFunction(() => document.documentElement.classList.contains('js-deck'));
    const titles: string[] = [];
    for (let i = 1; i <= result.slides; i++) {
      expect(await shown(page)).toBe(i);
      const box = await page.locator('.page.current > .slide').boundingBox();
      expect(box?.height).toBeCloseTo(VIEWPORT.height, 0);
      const text = await currentText(page);
      expect(text.trim().length).toBeGreaterThan(2);
      titles.push(text.split('\n')[0]!);
      const broken = await page.locator('.page.current img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((im) => !im.complete || im.naturalWidth === 0).length);
      expect(broken).toBe(0);
      await page.keyboard.press('ArrowRight');
    }
    expect(new Set(titles).size).toBeGreaterThan(8);
    // The presenter window works from the USB stick too.
    await page.keyboard.press('Home');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForFunction(() => document.documentElement.classList.contains('presenter'));
    await presenter.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#2');
    expect(requested).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
