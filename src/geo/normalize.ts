/**
 * The one key under which a place name is looked up: case, accents, apostrophes, dots and hyphens do
 * not matter, and the abbreviations "St", "Mt" and "Ft" are the words they stand for. "Kyiv", "KYIV"
 * and "Kyïv" share a key; "St. Marys" and "Saint Marys" too; "W.Va." is "wva".
 */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

export function nameKey(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'ʼ`´]/g, '')
    .replace(/\.(?=\S)/g, '') // "w.va." → "wva."; "st. marys" keeps the space
    .replace(/\./g, '')
    .replace(/[-‐–—,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded
    .split(' ')
    .map((w, i, all) => (all.length > 1 && ABBREVIATIONS[w] ? ABBREVIATIONS[w] : w))
    .join(' ');
}

/** Whether an alternate name is written in Latin script (the only names English text can match). */
export function isLatin(name: string): boolean {
  return /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʼ .\-()]+$/.test(name) && /[A-Za-z]/.test(name);
}
