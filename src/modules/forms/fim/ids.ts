const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

function words(name: string): string[] {
  return name
    .replace(/[äöüßÄÖÜ]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** "Angabe des KFZ-Kennzeichens" → `angabeDesKfzKennzeichens`: a valid, readable field id. */
export function camelId(name: string, fallback: string): string {
  const joined = words(name)
    .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join('')
    .slice(0, 48);
  if (joined === '') return fallback;
  return /^[a-z]/.test(joined) ? joined : `${fallback}${joined[0]!.toUpperCase()}${joined.slice(1)}`;
}

/** "Antrag auf Erteilung / Verlängerung Bewohnerparkausweis" → `antrag-auf-erteilung-verlaengerung-bewohnerparkausweis`. */
export function slug(name: string): string {
  let result = '';
  for (const word of words(name).map((item) => item.toLowerCase())) {
    const next = result === '' ? word : `${result}-${word}`;
    if (next.length > 60) break;
    result = next;
  }
  return result || 'fim-formular';
}

/** Hands out ids unique within one definition: `vorname`, `vorname2`, … */
export class IdAllocator {
  private readonly used = new Set<string>();

  next(name: string, fallback: string): string {
    const base = camelId(name, fallback);
    let id = base;
    for (let counter = 2; this.used.has(id); counter += 1) id = `${base}${counter}`;
    this.used.add(id);
    return id;
  }
}
