/** The closing QR slide: the deck's public address as a QR code, left out while the site has no real address. */
import QRCode from 'qrcode';
import { siteSettings } from '../settings.ts';
import { t } from '../i18n/t.ts';
import type { QrView, TextView } from './views.ts';

export function publicUrl(path: string): string {
  return new URL(path, siteSettings().baseUrl).href;
}

/** The address of the sample settings (content/site.yaml before a union sets its own): a QR code to it leads nowhere. */
export const isExampleAddress = (url: string) => /(^|\.)example\.(org|com|net)$/i.test(new URL(url).hostname);

async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${t('talks.qr.alt', { url })}" `);
}

let warned = false;
/**
 * The last slide: the QR code with the sources. While the site's address is the example one the QR code is left out
 * (one build warning); the sources still get a slide of their own, and a deck without sources simply ends.
 */
export async function closingSlide(title: string, url: string, sources: string[]): Promise<QrView | TextView | undefined> {
  if (isExampleAddress(url)) {
    if (!warned) console.warn(`[宣讲] content/site.yaml 的 baseUrl 还是示例地址（${new URL(url).host}），幻灯片最后的二维码页暂不放映；改成网站的真实地址后自动加上。`);
    warned = true;
    if (sources.length === 0) return undefined;
    const html = `<ul class="sources">${sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;
    return { kind: 'text', label: t('talks.sourcesTitle'), title: t('talks.sourcesTitle'), html };
  }
  return { kind: 'qr', label: t('talks.qr.label'), title, url, svg: await qrSvg(url), sources };
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
