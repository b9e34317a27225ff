const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "Ausschuss für Planung" → "ausschuss-fuer-planung": a Gremium's URL part under /rat/gremien. */
export function councilSlug(text: string): string {
  const ascii = text.toLowerCase().replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter]!);
  const words =
    ascii
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .match(/[a-z0-9]+/g) ?? [];
  return words.join('-').slice(0, 60).replace(/-$/, '') || 'gremium';
}

/** The slug itself, or with "-2", "-3"… when the body already uses it. */
export function freeSlug(base: string, used: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
