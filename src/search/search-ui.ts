/**
 * The search page's results as you type, over Pagefind's JS API. Query, filters and sort live in the URL, so a list
 * can be shared and Back works. Keyboard: arrows move through results, Enter opens, Esc clears; the count is announced.
 */
import { FILTER_KEYS, type FilterKey } from '../lib/search-filters.ts';
import { EMBLEM_KINDS } from '../components/emblems.ts';
import { asSort, SORT_LIMIT, sortResults, type SortBy } from './sort-results.ts';

const EMBLEMS: readonly string[] = EMBLEM_KINDS;

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string | null, o?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An excerpt a reader can trust: cut from the page's visible text only. Pagefind's own excerpt may come from the
 * hidden alias spellings (hmd, hemaodong, 振超 …) that let a page be found; those are removed from the text first
 * (they are the `terms` meta), then the first place a query word appears is shown with the words marked. When the
 * page matched only through an alias, there is no excerpt: the summary on the card says what the page is.
 */
export function visibleExcerpt(content: string, terms: string | undefined, query: string, length = 48): string {
  const text = (terms ? content.replace(terms, ' ') : content).replace(/\s+/g, ' ').replace(/^[\s.]+/, '').trim();
  const words = [...new Set(query.trim().split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const hits = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0);
  if (!hits.length) return '';
  const first = Math.min(...hits);
  const start = Math.max(0, first - Math.floor(length / 3));
  const slice = text.slice(start, start + length);
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const marked = escapeHtml(slice).replace(pattern, (m) => `<mark>${m}</mark>`);
  return `${start > 0 ? '…' : ''}${marked}${start + length < text.length ? '…' : ''}`;
}

interface State {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortBy | '';
}

function readState(): State {
  const p = new URLSearchParams(location.search);
  const filters: State['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  return { q: p.get('q') ?? '', filters, sort: asSort(p.get('sort')) };
}

function stateUrl(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.sort) p.set('sort', s.sort);
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

export async function start(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sortSelect = form.querySelector<HTMLSelectElement>('#sort')!;
  status.textContent = strings['search.loading'] ?? '';
  const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });

  const show = (s: State) => {
    input.value = s.q;
    for (const sel of selects) sel.value = s.filters[sel.dataset['filter'] as FilterKey] ?? '';
    sortSelect.value = s.sort;
  };
  const current = (): State => {
    const filters: State['filters'] = {};
    for (const sel of selects) if (sel.value) filters[sel.dataset['filter'] as FilterKey] = sel.value;
    return { q: input.value.trim(), filters, sort: asSort(sortSelect.value) };
  };

  const excerptHtml = (d: PagefindResultData, q: string) => {
    const excerpt = visibleExcerpt(d.content, d.meta['terms'], q);
    return excerpt ? `<p class="excerpt">${excerpt}</p>` : '';
  };

  let run = 0;
  const render = async (s: State) => {
    const mine = ++run;
    const hasFilter = Object.keys(s.filters).length > 0;
    if (!s.q && !hasFilter) {
      list.replaceChildren();
      status.textContent = strings['search.empty'] ?? '';
      return;
    }
    const options: Record<string, unknown> = { filters: Object.fromEntries(Object.entries(s.filters).map(([k, v]) => [k, [v]])) };
    const search = await pagefind.search(s.q || null, options);
    if (mine !== run || !search) return;
    // A sort orders the most relevant SORT_LIMIT results by their own data (src/search/sort-results.ts).
    const read = await Promise.all(search.results.slice(0, s.sort ? SORT_LIMIT : 30).map((r) => r.data()));
    if (mine !== run) return;
    const data = (s.sort ? sortResults(read, s.sort) : read).slice(0, 30);
    // Counts beside every filter option, for the current query.
    for (const sel of selects) {
      const counts = search.filters[sel.dataset['filter'] ?? ''] ?? {};
      for (const opt of sel.options) if (opt.value) opt.textContent = `${opt.value}（${counts[opt.value] ?? 0}）`;
    }
    list.innerHTML = data
      .map((d) => {
        const m = d.meta;
        // A person: portrait or typographic avatar; any other kind: its emblem (symbols drawn once on the page).
        const emblem = EMBLEMS.find((k) => k === m['kind']);
        const thumb = m['image']
          ? `<img class="result-thumb" src="${escapeHtml(m['image'])}" alt="" width="56" height="56">`
          : emblem
            ? `<svg class="emblem emblem-${emblem} small" aria-hidden="true" focusable="false"><use href="#emblem-${emblem}"></use></svg>`
            : `<span class="avatar" aria-hidden="true">${escapeHtml(m['avatar'] ?? '')}</span>`;
        const facts = [m['kindLabel'], m['enterprise'], m['honour']].filter(Boolean).map((x) => escapeHtml(x!)).join(' · ');
        return `<li class="card search-result">${thumb}<div><h2><a href="${escapeHtml(d.url)}">${escapeHtml(m['title'] ?? d.url)}</a></h2><p class="meta">${facts}</p>${m['summary'] ? `<p>${escapeHtml(m['summary'])}</p>` : ''}${excerptHtml(d, s.q)}</div></li>`;
      })
      .join('');
    const count = s.sort && search.results.length > SORT_LIMIT ? 'search.count.sorted' : 'search.count';
    status.textContent = search.results.length
      ? (strings[count] ?? '').replace('{n}', String(search.results.length)).replace('{m}', String(SORT_LIMIT))
      : (strings['search.none'] ?? '');
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const s = current();
      history.replaceState(null, '', stateUrl(s));
      void render(s);
    }, 150);
  });
  form.addEventListener('change', (e) => {
    if (e.target === input) return;
    const s = current();
    history.pushState(null, '', stateUrl(s));
    void render(s);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = current();
    history.pushState(null, '', stateUrl(s));
    void render(s);
  });
  addEventListener('popstate', () => {
    const s = readState();
    show(s);
    void render(s);
  });

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      input.value = '';
      input.focus();
      const s = current();
      history.replaceState(null, '', stateUrl(s));
      void render(s);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    if (!all.length) return;
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? Math.min(all.length - 1, at + 1) : at <= 0 ? -1 : at - 1;
    e.preventDefault();
    (next < 0 ? input : all[next]!).focus();
  };
  input.addEventListener('keydown', keys);
  list.addEventListener('keydown', keys);

  // What the reader typed while the index was loading wins over the URL it arrived with.
  const initial = readState();
  if (input.value.trim() && input.value.trim() !== initial.q) {
    const s = current();
    history.replaceState(null, '', stateUrl(s));
    await render(s);
  } else {
    show(initial);
    await render(initial);
  }
}
