import { LIBRARY_PATHS } from './paths';
import { YEAR_RANGES, type CatalogueQuery, type FilterParam, type YearRange } from './schemas';
import type { MediaType } from './tables';
import type { TagKind } from '../../kernel/views';
import type { CopyAvailability as LendingCopy } from './daia/record-availability';
import type { CopyAvailability } from './views/copies-table';

/** Media types in the catalogue's words. */
export const MEDIA_TYPE_LABELS: Record<MediaType, string> = {
  book: 'Buch',
  ebook: 'E-Book (Onleihe)',
  audiobook: 'Hörbuch',
  eaudio: 'E-Audio (Onleihe)',
  dvd: 'DVD',
  music_cd: 'Musik-CD',
  magazine: 'Zeitschrift',
  game: 'Spiel',
  map: 'Karte',
  sheet_music: 'Noten',
  other: 'Sonstiges',
};

/** ISO 639-2/B codes a public library's catalogue mostly has; others are shown as their code. */
const LANGUAGE_LABELS: Record<string, string> = {
  ger: 'Deutsch',
  eng: 'Englisch',
  fre: 'Französisch',
  spa: 'Spanisch',
  ita: 'Italienisch',
  tur: 'Türkisch',
  ara: 'Arabisch',
  pol: 'Polnisch',
  rus: 'Russisch',
  ukr: 'Ukrainisch',
  dut: 'Niederländisch',
  mul: 'Mehrsprachig',
  zxx: 'Ohne Sprache',
};

export function languageLabel(code: string): string {
  return LANGUAGE_LABELS[code] ?? `Sprache „${code}“`;
}

export function yearRangeLabel(range: YearRange): string {
  const [from, to] = YEAR_RANGES[range];
  if (from === null) return `vor ${to + 1}`;
  if (to === null) return `ab ${from}`;
  return `${from}–${to}`;
}

export function filterLabel(param: FilterParam, value: string): string {
  switch (param) {
    case 'medium':
      return MEDIA_TYPE_LABELS[value as MediaType] ?? value;
    case 'jahr':
      return value in YEAR_RANGES ? yearRangeLabel(value as YearRange) : value;
    case 'sprache':
      return languageLabel(value);
    case 'thema':
      return value;
  }
}

/** A catalogue URL with the query's search, filters, sort and page; empty values are left out. */
export function catalogueHref(query: Partial<CatalogueQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const param of ['medium', 'jahr', 'sprache', 'thema'] as const) {
    const value = query[param];
    if (value) params.set(param, value);
  }
  if (query.sortierung) params.set('sortierung', query.sortierung);
  if (query.seite && query.seite > 1) params.set('seite', String(query.seite));
  const search = params.toString();
  return search ? `${LIBRARY_PATHS.catalogue}?${search}` : LIBRARY_PATHS.catalogue;
}

/** The same search with a filter set, or removed when it is the one set; back to page 1. */
export function toggledFilter(query: CatalogueQuery, param: FilterParam, value: string): string {
  return catalogueHref({ ...query, [param]: query[param] === value ? undefined : value, seite: 1 });
}

// Lending's words and numbers as people read them.

/** `2026-12-24` → `24.12.2026`; calendar dates need no time zone. */
export function germanDay(day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-');
  return `${date}.${month}.${year}`;
}

/** "12.50 EUR" (PAIA) → "12,50 €". */
export function euroOfPaia(amount: string): string {
  const value = Number.parseFloat(amount);
  return new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(Number.isFinite(value) ? value : 0);
}

export const FEE_REASON_LABELS = {
  overdue: 'Versäumnisgebühr',
  lost: 'Ersatz für verlorenes Medium',
  damaged: 'Beschädigung',
  card: 'Ausweisgebühr',
  other: 'Sonstige Gebühr',
} as const;

const AVAILABILITY_TAGS: Record<LendingCopy['status'], TagKind> = {
  available: 'success',
  lent: 'warning',
  on_hold_shelf: 'info',
  reference: 'neutral',
  unavailable: 'danger',
};

/** The lending system's word on each copy (DAIA's rows), keyed by barcode for the record page. */
export function availabilityByBarcode(copies: readonly LendingCopy[]): ReadonlyMap<string, CopyAvailability> {
  return new Map(copies.map((copy) => [copy.barcode, { label: copy.label, kind: AVAILABILITY_TAGS[copy.status] }]));
}
