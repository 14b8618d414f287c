/**
 * The 分享海报 button: a few hundred bytes on the page. The drawing code and the QR encoder (poster.ts) load only
 * when a visitor asks for a poster; without JavaScript the button stays hidden.
 */
export function bootPoster(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-poster]')) {
    const button = box.querySelector<HTMLButtonElement>('button');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      button.disabled = true;
      void import('./poster.ts').then((m) => m.showPoster(box)).finally(() => { button.disabled = false; });
    });
  }
}
