/** What a typographic avatar shows for an entry without a picture: the last two characters of the name, without a bracketed note (何茂栋 → 茂栋). */
export function initials(name: string): string {
  const chars = [...name.replace(/[（(].*$/, '')];
  return chars.length > 2 ? chars.slice(-2).join('') : chars.join('');
}
