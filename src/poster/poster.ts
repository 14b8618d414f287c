/**
 * 分享海报: a portrait image with the entry's name, honour, summary and a QR code to its page, drawn on a canvas in
 * the visitor's browser (no build cost, no request leaving the site) and shown as an <img> the visitor long-presses
 * in WeChat to save or forward. WeChat ignores og:image on a static site; a picture in a chat is what travels.
 */
import QRCode from 'qrcode';
import { t } from '../i18n/t.ts';

export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1334;
const MARGIN = 64;
/** The QR code's box: bottom left, whole modules of at least 6 px so a phone camera reads it off another screen. */
export const QR = { x: MARGIN, y: POSTER_HEIGHT - MARGIN - 264, size: 264 };

export interface PosterText {
  kicker: string;
  title: string;
  honour: string;
  summary: string;
  site: string;
  url: string;
}

/** Lines of text that fit `width`, broken at any character (Chinese has no spaces), the last one ending in … if cut. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line);
      line = ch.trimStart();
      if (lines.length === maxLines) break;
    } else line += ch;
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (line && lines.length === maxLines) lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -1)}…`;
  return lines;
}

/** The poster as a canvas; the QR code encodes `url` at level M, drawn module by module in whole pixels. */
export function drawPoster(canvas: HTMLCanvasElement, text: PosterText, font: string): void {
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const ctx = canvas.getContext('2d')!;
  const inner = POSTER_WIDTH - 2 * MARGIN;
  ctx.fillStyle = '#fffaf3';
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  ctx.fillStyle = '#a4161a';
  ctx.fillRect(0, 0, POSTER_WIDTH, 132);
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#fff';
  ctx.font = `700 40px ${font}`;
  ctx.fillText(wrap(ctx, text.site, inner, 1)[0] ?? '', MARGIN, 46);

  let y = 196;
  const block = (s: string, size: number, weight: number, colour: string, maxLines: number, gap: number) => {
    if (!s) return;
    ctx.font = `${weight} ${size}px ${font}`;
    ctx.fillStyle = colour;
    for (const line of wrap(ctx, s, inner, maxLines)) {
      ctx.fillText(line, MARGIN, y);
      y += Math.round(size * 1.45);
    }
    y += gap;
  };
  block(text.kicker, 32, 700, '#a4161a', 1, 12);
  block(text.title, text.title.length > 8 ? 56 : 76, 700, '#1b1b1b', 3, 24);
  block(text.honour, 32, 400, '#7a0f12', 3, 28);
  // The summary fills what is left above the QR code.
  const room = Math.max(1, Math.floor((QR.y - 48 - y) / Math.round(30 * 1.6)));
  ctx.font = `400 30px ${font}`;
  ctx.fillStyle = '#333';
  for (const line of wrap(ctx, text.summary, inner, Math.min(8, room))) {
    ctx.fillText(line, MARGIN, y);
    y += Math.round(30 * 1.6);
  }

  ctx.fillStyle = '#e6d8c8';
  ctx.fillRect(MARGIN, QR.y - 40, inner, 2);
  const qr = QRCode.create(text.url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = Math.floor(QR.size / (n + 8));
  const origin = { x: QR.x + Math.floor((QR.size - cell * n) / 2), y: QR.y + Math.floor((QR.size - cell * n) / 2) };
  ctx.fillStyle = '#fff';
  ctx.fillRect(QR.x, QR.y, QR.size, QR.size);
  ctx.fillStyle = '#000';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) ctx.fillRect(origin.x + c * cell, origin.y + r * cell, cell, cell);

  const tx = QR.x + QR.size + 40;
  const tw = POSTER_WIDTH - MARGIN - tx;
  ctx.fillStyle = '#1b1b1b';
  ctx.font = `700 34px ${font}`;
  ctx.fillText(t('poster.scan'), tx, QR.y + 70, tw);
  ctx.fillStyle = '#4a4a4a';
  ctx.font = `400 28px ${font}`;
  ctx.fillText(t('poster.scanMore'), tx, QR.y + 126, tw);
  ctx.font = `400 22px ${font}`;
  ctx.fillText(wrap(ctx, new URL(text.url).host, tw, 1)[0] ?? '', tx, QR.y + 180, tw);
}

/** Draws the poster for one [data-poster] box and shows it under the button (again on a second press: redrawn). */
export function showPoster(box: HTMLElement): void {
  const d = box.dataset;
  const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const canvas = document.createElement('canvas');
  drawPoster(canvas, {
    kicker: d['kicker'] ?? '', title: d['title'] ?? '', honour: d['honour'] ?? '', summary: d['summary'] ?? '', site: d['site'] ?? '', url,
  }, getComputedStyle(document.body).fontFamily);
  box.querySelector('figure')?.remove();
  const figure = document.createElement('figure');
  const img = document.createElement('img');
  img.src = canvas.toDataURL('image/png');
  img.width = POSTER_WIDTH;
  img.height = POSTER_HEIGHT;
  img.alt = t('poster.alt', { title: d['title'] ?? '' });
  const caption = document.createElement('figcaption');
  caption.textContent = t('poster.hint');
  figure.append(img, caption);
  box.append(figure);
  img.scrollIntoView({ block: 'nearest' });
}
