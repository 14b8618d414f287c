/**
 * The names an entry goes by — name (or title), short name and aliases — compared the way a reader would:
 * full-width and half-width alike, spaces and case ignored. `npm run new` uses it to refuse a twin and the
 * checker to report two honours or two organizations that go by the same name.
 */

/** What a name is compared as: NFKC (ＳＭＣ = SMC), no spaces, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Every name of an entry's data: name or title, shortName, aliases. Blank or non-text values are skipped. */
export function namesOf(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['name', 'title', 'shortName'] as const) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
  }
  const aliases = data['aliases'];
  if (Array.isArray(aliases)) for (const a of aliases) if (typeof a === 'string' && a.trim()) out.push(a.trim());
  return out;
}
