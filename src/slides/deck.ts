/**
 * The slide-show controller: the only script of the site besides search. Loaded as an external module
 * (no inline script), so a strict Content-Security-Policy works; the offline file inlines it for file://.
 * It must not import anything (the offline file is one document).
 *
 * Keys: → ← PageDown PageUp Space Enter (clickers), Home End, digits + Enter (jump), B or . (black),
 * F (fullscreen), F5 / Shift+F5 (full screen from the first / the current slide), O (overview),
 * Esc (only leaves the overview; the browser leaves full screen), P (presenter window),
 * T / R (pause / reset the presenter's timer), L (resume a paused loop).
 * No key a clicker can send leaves the deck or opens anything. Mouse: a click on the right two thirds goes on,
 * on the left third back; the wheel pages; the pointer and the on-screen buttons hide after two idle seconds.
 * `?loop=<seconds>` (or the deck's own data-loop) advances by itself and starts again after the last slide;
 * any key, click or touch pauses it. The URL hash is the slide number (#3); the windows follow each other.
 */

interface DeckMessage {
  deck: string;
  type: 'go' | 'hello';
  index?: number;
  black?: boolean;
}

const PRESENTER_PARAM = 'presenter';
const IDLE_MS = 2000;

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
      if (msg.index !== index) startTimer();
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
  /** A step the speaker takes: starts the presenter's timer on the first one. */
  function step(i: number): void {
    if (Math.min(Math.max(i, 0), count - 1) !== index) startTimer();
    go(i);
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
  /** F5 / Shift+F5 as in PowerPoint: full screen from the first or the current slide (never a reload). */
  function startShow(fromCurrent: boolean): void {
    setOverview(false);
    setBlack(false);
    if (!fromCurrent) step(0);
    if (!document.fullscreenElement) void root.requestFullscreen?.().catch(() => undefined);
  }

  // ---- loop (lobby screen)
  const loopSeconds = Number(params.get('loop') ?? deck.dataset['loop'] ?? '0');
  let loopTimer: ReturnType<typeof setInterval> | undefined;
  const loopNote = q<HTMLElement>('.loop-note');
  function setLoop(on: boolean): void {
    if (!(loopSeconds > 0) || presenter) return;
    clearInterval(loopTimer);
    loopTimer = on ? setInterval(() => go(index + 1 >= count ? 0 : index + 1), loopSeconds * 1000) : undefined;
    root.classList.toggle('looping', on);
    root.classList.toggle('loop-paused', !on);
    if (loopNote) loopNote.hidden = on;
  }
  /** Any key, click or touch pauses the loop: someone is using the screen. */
  const pauseLoop = () => {
    if (loopTimer !== undefined) setLoop(false);
  };

  // ---- keys
  document.addEventListener('keydown', (e) => {
    const k = e.key;
    // F5 and Shift+F5 are the clicker's "start show" (and would reload the page).
    if (k === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      pauseLoop();
      startShow(e.shiftKey);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    root.classList.add('touched');
    if ((k === 'l' || k === 'L') && loopSeconds > 0 && loopTimer === undefined) {
      setLoop(true);
      e.preventDefault();
      return;
    }
    pauseLoop();
    let handled = true;
    if (/^[0-9]$/.test(k)) {
      digits = (digits + k).slice(-3);
      showDigits();
    } else if (k === 'Enter') {
      // Enter never follows a focused link: it jumps, leaves the overview, or goes on.
      if (digits) step(Number(digits) - 1);
      else if (root.classList.contains('overview')) setOverview(false);
      else step(index + 1);
      digits = '';
      showDigits();
    } else if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || (k === ' ' && !e.shiftKey) || k === 'n' || k === 'N') {
      step(index + 1);
    } else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || (k === ' ' && e.shiftKey) || k === 'Backspace') {
      step(index - 1);
    } else if (k === 'Home') step(0);
    else if (k === 'End') step(count - 1);
    else if (k === 'b' || k === 'B' || k === '.') setBlack(!black);
    else if (k === 'f' || k === 'F') toggleFullscreen();
    else if (k === 'o' || k === 'O') setOverview(!root.classList.contains('overview'));
    else if (k === 'Escape') {
      // Esc only closes things (the typed number, the overview); the browser itself leaves full screen.
      if (digits) {
        digits = '';
        showDigits();
      } else if (root.classList.contains('overview')) setOverview(false);
    } else if (k === 'p' || k === 'P') openPresenter();
    else if ((k === 'r' || k === 'R') && presenter) resetTimer();
    else if ((k === 't' || k === 'T') && presenter) toggleTimer();
    // Tab would walk the focus onto a link that Enter could follow; it stays with the slides.
    else if (k !== 'Tab') handled = false;
    if (handled) e.preventDefault();
  });

  // ---- mouse and touch
  const onControl = (el: EventTarget | null) => el instanceof Element && Boolean(el.closest('a, button, .deck-controls, .presenter-bar, .notes'));
  deck.addEventListener('click', (e) => {
    pauseLoop();
    if (onControl(e.target)) return;
    const page = (e.target as HTMLElement).closest<HTMLElement>('.page');
    if (root.classList.contains('overview')) {
      if (page) {
        go(Number(page.dataset['index']));
        setOverview(false);
      }
      return;
    }
    if (presenter || e.button !== 0) return;
    // Right two thirds: on; left third: back.
    step(e.clientX >= window.innerWidth / 3 ? index + 1 : index - 1);
  });
  // One notch of a wheel, or one trackpad swipe with its trailing events, is one slide.
  let wheelSum = 0;
  let wheelLast = -Infinity;
  let wheelLock = -Infinity;
  window.addEventListener('wheel', (e) => {
    if (root.classList.contains('overview') || presenter) return;
    e.preventDefault();
    pauseLoop();
    const now = e.timeStamp;
    if (now < wheelLock) {
      // A swipe's trailing events come in a stream: they keep the lock until the stream stops.
      if (now - wheelLast < 150) wheelLock = Math.max(wheelLock, now + 150);
      wheelLast = now;
      return;
    }
    if (now - wheelLast > 400) wheelSum = 0;
    wheelLast = now;
    wheelSum += e.deltaY || e.deltaX;
    if (Math.abs(wheelSum) >= 40) {
      step(wheelSum > 0 ? index + 1 : index - 1);
      wheelSum = 0;
      wheelLock = now + 400;
    }
  }, { passive: false });
  document.querySelector('.deck-controls')?.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLElement>('[data-go]');
    if (!b) return;
    pauseLoop();
    const what = b.dataset['go'];
    if (what === 'next') step(index + 1);
    else if (what === 'prev') step(index - 1);
    else if (what === 'overview') setOverview(!root.classList.contains('overview'));
    else if (what === 'fullscreen') toggleFullscreen();
    (b as HTMLButtonElement).blur();
  });

  // The pointer and the on-screen buttons show while the mouse moves or a finger touches, then hide.
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const wake = (ms: number) => {
    root.classList.remove('idle');
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => root.classList.add('idle'), ms);
  };
  document.addEventListener('pointermove', (e) => wake(e.pointerType === 'mouse' ? IDLE_MS : IDLE_MS * 2));
  document.addEventListener('pointerdown', (e) => wake(e.pointerType === 'mouse' ? IDLE_MS : IDLE_MS * 2));
  root.classList.add('idle');

  let touch: { x: number; y: number } | undefined;
  deck.addEventListener('touchstart', (e) => {
    root.classList.add('touched');
    pauseLoop();
    const p = e.changedTouches[0];
    touch = p ? { x: p.clientX, y: p.clientY } : undefined;
  }, { passive: true });
  deck.addEventListener('touchend', (e) => {
    const p = e.changedTouches[0];
    if (!touch || !p || root.classList.contains('overview')) return;
    const dx = p.clientX - touch.x;
    const dy = p.clientY - touch.y;
    touch = undefined;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) {
      e.preventDefault();
      step(dx < 0 ? index + 1 : index - 1);
    }
  }, { passive: false });

  window.addEventListener('hashchange', () => {
    const i = fromHash();
    if (i !== undefined && i !== index) go(i);
  });

  // ---- presenter timer: starts on the first step of the talk, can be paused and reset
  const key = `honor-roll-slides:${deckId}:timer`;
  /** Milliseconds counted before the current run, and when the current run started (undefined: not running). */
  let timer: { before: number; since?: number | undefined; started: boolean } = { before: 0, started: false };
  const save = () => {
    try {
      sessionStorage.setItem(key, JSON.stringify(timer));
    } catch {
      /* storage may be off for file:// */
    }
  };
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as typeof timer | null;
    if (saved && typeof saved.before === 'number') timer = saved;
  } catch {
    /* nothing saved */
  }
  const elapsedMs = () => timer.before + (timer.since !== undefined ? Date.now() - timer.since : 0);
  function startTimer(): void {
    if (timer.started) return;
    timer = { before: 0, since: Date.now(), started: true };
    save();
    tick();
  }
  function toggleTimer(): void {
    if (!timer.started) timer = { before: 0, since: Date.now(), started: true };
    else if (timer.since !== undefined) timer = { before: elapsedMs(), started: true };
    else timer = { before: timer.before, since: Date.now(), started: true };
    save();
    tick();
  }
  function resetTimer(): void {
    timer = { before: 0, started: false };
    save();
    tick();
  }
  const mmss = (s: number) => {
    const a = Math.abs(Math.round(s));
    const h = Math.floor(a / 3600);
    const m = Math.floor((a % 3600) / 60);
    const sec = String(a % 60).padStart(2, '0');
    return `${s < 0 ? '−' : ''}${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${sec}`;
  };
  const pauseButton = q<HTMLButtonElement>('[data-timer="pause"]');
  function tick(): void {
    const elapsed = elapsedMs() / 1000;
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
    root.classList.toggle('timer-waiting', !timer.started);
    root.classList.toggle('timer-paused', timer.started && timer.since === undefined);
    if (pauseButton) pauseButton.textContent = pauseButton.dataset[timer.started && timer.since === undefined ? 'resume' : 'pause'] ?? '';
  }
  if (presenter) {
    document.querySelector('.presenter-bar')?.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLElement>('[data-timer]');
      if (b?.dataset['timer'] === 'pause') toggleTimer();
      else if (b?.dataset['timer'] === 'reset') resetTimer();
    });
    tick();
    setInterval(tick, 1000);
  }

  go(fromHash() ?? 0, false);
  setLoop(true);
  // A presenter window joins the show where it is; an audience window keeps the slide its link names.
  if (presenter) send({ type: 'hello' });
}

const deckElement = document.getElementById('deck');
if (deckElement) startDeck(deckElement);
