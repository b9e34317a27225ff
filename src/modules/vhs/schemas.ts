import { z } from 'zod';
import { isCalendarDate, type FieldErrors } from '../../kernel/http';
import { COURSE_FORMATS } from './tables';

const ID = /^[a-z0-9-]{1,64}$/;

/** `15.03.2027`, `5.3.2027` or `2027-03-15` → `2027-03-15`; anything else undefined. */
export function calendarDay(input: string): string | undefined {
  const value = input.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
  return isCalendarDate(iso) ? iso : undefined;
}

const flag = z
  .string()
  .transform((value) => value === 'ja')
  .catch(false);

/**
 * The catalogue's GET parameters. Values that are not ours (an old bookmark, a hand-edited URL) are
 * dropped rather than answered with an error, as on "Leistungen A–Z"; only the two dates, which
 * people type, are checked and answered with a message at the field.
 */
export const catalogueQuery = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 100))
    .catch(''),
  bereich: z.string().regex(ID).optional().catch(undefined),
  ort: z.string().regex(ID).optional().catch(undefined),
  format: z.enum(COURSE_FORMATS).optional().catch(undefined),
  von: z
    .string()
    .transform((value) => value.trim().slice(0, 40))
    .catch(''),
  bis: z
    .string()
    .transform((value) => value.trim().slice(0, 40))
    .catch(''),
  frei: flag,
  anstehend: flag,
  seite: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type CatalogueQuery = z.output<typeof catalogueQuery>;

/** The date range of a query as calendar days, or the messages for the fields that are not dates. */
export function dateRange(query: Pick<CatalogueQuery, 'von' | 'bis'>): { ok: true; from?: string; to?: string } | { ok: false; errors: FieldErrors } {
  const from = query.von ? calendarDay(query.von) : undefined;
  const to = query.bis ? calendarDay(query.bis) : undefined;
  const errors: FieldErrors = {};
  if (query.von && !from) errors.von = 'Geben Sie das Datum „Beginn ab“ als Tag.Monat.Jahr an, zum Beispiel 15.03.2027.';
  if (query.bis && !to) errors.bis = 'Geben Sie das Datum „Beginn bis“ als Tag.Monat.Jahr an, zum Beispiel 30.06.2027.';
  if (from && to && to < from) errors.bis = 'Das Datum „Beginn bis“ muss am oder nach dem Datum „Beginn ab“ liegen.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
