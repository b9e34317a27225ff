import { berlinTime } from '../../kernel/time';
import { formatMoney } from '../../kernel/views';
import { VHS_PATHS } from './paths';
import type { CatalogueQuery } from './schemas';
import type { CourseFormat } from './tables';

/** How a course meets, in the words people use. */
export const FORMAT_LABELS: Record<CourseFormat, string> = {
  in_person: 'Vor Ort',
  online: 'Online (Webinar)',
  hybrid: 'Hybrid (vor Ort oder online)',
};

/** A catalogue URL with the current filters and search; empty values are left out. */
export function catalogueHref(query: Partial<CatalogueQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.bereich) params.set('bereich', query.bereich);
  if (query.ort) params.set('ort', query.ort);
  if (query.format) params.set('format', query.format);
  if (query.von) params.set('von', query.von);
  if (query.bis) params.set('bis', query.bis);
  if (query.frei) params.set('frei', 'ja');
  if (query.anstehend) params.set('anstehend', 'ja');
  if (query.seite && query.seite > 1) params.set('seite', String(query.seite));
  const search = params.toString();
  return search ? `${VHS_PATHS.catalogue}?${search}` : VHS_PATHS.catalogue;
}

/** "noch 3 Plätze frei", "ausgebucht – Warteliste": what a person needs to know before booking. */
export function placesText(freePlaces: number): string {
  if (freePlaces <= 0) return 'ausgebucht – Warteliste';
  return freePlaces === 1 ? 'noch 1 Platz frei' : `noch ${freePlaces} Plätze frei`;
}

/** A fee as people read it: "89,00 €", or "gebührenfrei" for a course that costs nothing. */
export const feeText = (feeCents: number): string => (feeCents === 0 ? 'gebührenfrei' : formatMoney(feeCents));

/** Few places left: worth a warning tag in the list. */
export const FEW_PLACES = 3;

const weekday = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });

/** "Dienstag, 16.03.2027" */
export function sessionDay(start: Date): string {
  return weekday.format(start);
}

/** "18:00 bis 19:30 Uhr" (Berlin time). */
export function sessionTimes(start: Date, end: Date): string {
  return `${berlinTime(start)} bis ${berlinTime(end)} Uhr`;
}
