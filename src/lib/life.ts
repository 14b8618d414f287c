/**
 * Birth and death years, shown with restraint after a name: 何某（1950—2020）, 何某（1950年生）, 何某（？—2020）.
 * A person is deceased when a death year is given, or — for a death whose year the source does not give — when
 * `deceased: true` is written. One owner for both, used by pages, cards and the consent check.
 */
export interface LifeFields {
  born?: number | undefined;
  died?: number | undefined;
  deceased?: boolean | undefined;
}

/** True when the person has died: a death year, or `deceased: true` without one. */
export function isDeceased(p: LifeFields): boolean {
  return p.died !== undefined || p.deceased === true;
}

/** The years in brackets, or '' when none is known: （1950—2020）, （1950年生）, （？—2020）. */
export function lifeYears(p: LifeFields): string {
  if (p.born !== undefined && p.died !== undefined) return `（${p.born}—${p.died}）`;
  if (p.died !== undefined) return `（？—${p.died}）`;
  if (p.born !== undefined) return isDeceased(p) ? `（${p.born}—？）` : `（${p.born}年生）`;
  return '';
}
