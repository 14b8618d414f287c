/** "Did you mean" for field names and ids: edit distance plus the spellings editors actually type. */

/** British/American and pinyin/English slips seen in practice, mapped to the field the schema wants. */
const KNOWN_SLIPS: Record<string, string> = {
  honors: 'honours',
  honor: 'honours',
  honour: 'honours',
  organisation: 'organization',
  org: 'organization',
  company: 'organization',
  danwei: 'organization',
  source: 'sources',
  tag: 'tags',
  photo: 'portrait',
  image: 'portrait',
  avatar: 'portrait',
  date: 'published',
  publishDate: 'published',
  pubDate: 'published',
  description: 'summary',
  title: 'name',
  xingming: 'name',
};

export function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n] ?? 0;
}

/** The closest candidate within a third of the length (at least 2 edits), or undefined. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function didYouMean(key: string, known: readonly string[]): string | undefined {
  const slip = KNOWN_SLIPS[key];
  if (slip && known.includes(slip)) return slip;
  return nearest(key, known);
}
