/**
 * The slide-show controller: the only script of the site besides search. Loaded as an external module
 * (no inline script), so a strict Content-Security-Policy works; the export inlines it for file://.
 *
 * Keys: → ← PageDown PageUp Space (clickers), Home End, digits + Enter (jump), B or . (black),
 * F (fullscreen), O or Esc (overview), P (presenter window), R (restart timer, presenter).
 * The URL hash is the slide number (#3); presenter and audience windows follow each other.
 */

interface DeckMessage {
  deck: string;
  type: 'go' | 'hello';
  index?: number;
  black?: boolean;
}

const PRESENTER_PARAM = 'presenter';

export function startDeck(deck: HTMLElement): void {
  const root = document.documentElement;
  const pages = [...deck.querySelectorAll<HTMLElement>(':scope > .page')];
  const count = pages.length;
  if (count === 0) return;
  const deckId = deck.dataset['deckId'] ?? 'deck';
  const duration = Number(deck.dataset['duration'] ?? '0') * 60;
  const params = new URLSearchParams(location.search);
  const presenter = params.has(PRESENTER_PARAM);
  if (params.has('notes')) root.classList.add('print-notes');
  root.classList.add('js-deck');
  if (presenter) root.classList.add('presenter', 'print-notes');

  const q = <T extends Element>(sel: string) => document.querySelector<T>(sel);
  const bar = q<HTMLElement>('.progress > span');
  const jump = q<HTMLElement>('.jump');
  const status = q<HTMLElement>('.status');
  let index = 0;
  let black = false;
  let digits = '';
  let other: Window | null = presenter ? window.opener : null;

  // ---- messaging: BroadcastChannel, plus postMessage to the other window (file:// has no shared origin)
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`honor-roll-slides:${deckId}`) : undefined;
  const send = (msg: Omit<DeckMessage, 'deck'>) => {
    const full: DeckMessage = { deck: deckId, ...msg };
    channel?.postMessage(full);
    try {
      if (other && !other.closed) other.postMessage(full, '*');
    } catch {
      /* the other window went away */
    }
  };
  const receive = (data: unknown) => {
    const msg = data as Partial<DeckMessage> | null;
    if (!msg || msg.deck !== deckId) return;
    if (msg.type === 'hello') send({ type: 'go', index, black });
    else if (msg.type === 'go' && typeof msg.index === 'number') {
      if (typeof msg.black === 'boolean') setBlack(msg.black, false);
      go(msg.index, false);
    }
  };
  channel?.addEventListener('message', (e) => receive(e.data));
  window.addEventListener('message', (e) => {
    if (e.source && (e.source === other || e.source === window.opener)) receive(e.data);
  });

  // ---- showing a slide
  const fromHash = (): number | undefined => {
    const m = /^#(\d+)$/.exec(location.hash);
    return m ? Math.min(Math.max(Number(m[1]) - 1, 0), count - 1) : undefined;
  };
  function go(i: number, broadcast = true): void {
    index = Math.min(Math.max(i, 0), count - 1);
    pages.forEach((p, k) => {
      p.classList.toggle('current', k === index);
      p.classList.toggle('next', k === index + 1);
      p.setAttribute('aria-hidden', String(k !== index && !root.classList.contains('overview')));
    });
    if (bar) bar.style.transform = `scaleX(${(index + 1) / count})`;
    const hash = `#${index + 1}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
    const label = pages[index]?.dataset['label'] ?? '';
    if (status) status.textContent = `${index + 1} / ${count} ${label}`;
    const pos = q<HTMLElement>('[data-position]');
    if (pos) pos.textContent = `${index + 1} / ${count}`;
    root.classList.toggle('has-notes', Boolean(pages[index]?.querySelector('.notes')));
    root.classList.toggle('last-slide', index === count - 1);
    if (broadcast) send({ type: 'go', index, black });
  }
  function setBlack(on: boolean, broadcast = true): void {
    black = on;
    root.classList.toggle('is-black', on);
    if (broadcast) send({ type: 'go', index, black });
  }
  function setOverview(on: boolean): void {
    root.classList.toggle('overview', on);
    go(index, false);
    if (on) pages[index]?.scrollIntoView({ block: 'center' });
  }
  function showDigits(): void {
    if (!jump) return;
    jump.textContent = digits ? `→ ${digits}` : '';
    jump.classList.toggle('on', digits !== '');
  }
  function openPresenter(): void {
    if (presenter) return;
    const url = `${location.pathname}?${PRESENTER_PARAM}${location.hash}`;
    other = window.open(url, `presenter-${deckId}`, 'popup,width=1280,height=800');
  }
  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen?.().catch(() => undefined);
  }

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    root.classList.add('touched');
    const k = e.key;
    let handled = true;
    if (/^[0-9]$/.test(k)) {
      digits = (digits + k).slice(-3);
      showDigits();
    } else if (k === 'Enter' && (digits || root.classList.contains('overview'))) {
      if (digits) go(Number(digits) - 1);
      else setOverview(false);
      digits = '';
      showDigits();
    } else if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || (k === ' ' && !e.shiftKey) || k === 'n' || k === 'N') {
      go(index + 1);
    } else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || (k === ' ' && e.shiftKey) || k === 'Backspace') {
      go(index - 1);
    } else if (k === 'Home') go(0);
    else if (k === 'End') go(count - 1);
    else if (k === 'b' || k === 'B' || k === '.') setBlack(!black);
    else if (k === 'f' || k === 'F') toggleFullscreen();
    else if (k === 'o' || k === 'O') setOverview(!root.classList.contains('overview'));
    else if (k === 'Escape') {
      if (digits) {
        digits = '';
        showDigits();
      } else setOverview(!root.classList.contains('overview'));
    } else if (k === 'p' || k === 'P') openPresenter();
    else if ((k === 'r' || k === 'R') && presenter) resetTimer();
    else handled = false;
    if (handled) e.preventDefault();
  });

  // Overview: a click picks a slide. Otherwise a click on the right/left third steps (handy without a clicker).
  deck.addEventListener('click', (e) => {
    const page = (e.target as HTMLElement).closest<HTMLElement>('.page');
    if ((e.target as HTMLElement).closest('a')) return;
    if (root.classList.contains('overview') && page) {
      go(Number(page.dataset['index']));
      setOverview(false);
    }
  });

  // Touch swipe.
  let touch: { x: number; y: number } | undefined;
  deck.addEventListener('touchstart', (e) => {
    root.classList.add('touched');
    const p = e.changedTouches[0];
    touch = p ? { x: p.clientX, y: p.clientY } : undefined;
  }, { passive: true });
  deck.addEventListener('touchend', (e) => {
    const p = e.changedTouches[0];
    if (!touch || !p || root.classList.contains('overview')) return;
    const dx = p.clientX - touch.x;
    const dy = p.clientY - touch.y;
    touch = undefined;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) go(dx < 0 ? index + 1 : index - 1);
  }, { passive: true });

  window.addEventListener('hashchange', () => {
    const i = fromHash();
    if (i !== undefined && i !== index) go(i);
  });

  // ---- presenter clocks
  const key = `honor-roll-slides:${deckId}:start`;
  let start = Date.now();
  function resetTimer(): void {
    start = Date.now();
    try {
      sessionStorage.setItem(key, String(start));
    } catch {
      /* storage may be off for file:// */
    }
    tick();
  }
  const mmss = (s: number) => {
    const a = Math.abs(Math.round(s));
    const h = Math.floor(a / 3600);
    const m = Math.floor((a % 3600) / 60);
    const sec = String(a % 60).padStart(2, '0');
    return `${s < 0 ? '−' : ''}${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${sec}`;
  };
  function tick(): void {
    const elapsed = (Date.now() - start) / 1000;
    const e = q<HTMLElement>('[data-elapsed]');
    if (e) e.textContent = mmss(elapsed);
    const r = q<HTMLElement>('[data-remaining]');
    const box = q<HTMLElement>('[data-remaining-box]');
    if (r && duration > 0) {
      r.textContent = mmss(duration - elapsed);
      box?.classList.toggle('over', elapsed > duration);
    } else box?.setAttribute('hidden', '');
    const w = q<HTMLElement>('[data-wall]');
    if (w) w.textContent = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  }
  if (presenter) {
    try {
      const saved = Number(sessionStorage.getItem(key));
      if (saved) start = saved;
      else sessionStorage.setItem(key, String(start));
    } catch {
      /* storage may be off for file:// */
    }
    tick();
    setInterval(tick, 1000);
  }

  go(fromHash() ?? 0, false);
  // A presenter window joins the show where it is; an audience window keeps the slide its link names.
  if (presenter) send({ type: 'hello' });
}

const deckElement = document.getElementById('deck');
if (deckElement) startDeck(deckElement);
