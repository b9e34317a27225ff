import { z } from 'zod';
import { isCalendarDate, isUuid } from '../../../../kernel/http';

const DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "4.3.2027" → "2027-03-04", or undefined when it is no day of the calendar. */
function isoDay(value: string): string | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** "2027-03-04" → "04.03.2027", as the forms show a stored day. */
export function dayText(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** A day typed as TT.MM.JJJJ; empty is null. The message names the field (`Das Beginndatum`). */
export const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const iso = isoDay(value);
      if (!iso) context.addIssue({ code: 'custom', message: `${label}: Geben Sie ein echtes Datum als TT.MM.JJJJ an, zum Beispiel 04.03.2027.` });
      return iso ?? null;
    });

export const requiredDay = (label: string) =>
  z
    .string({ error: `Geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Geben Sie ${label} an.` })
    .transform((value, context) => {
      const iso = isoDay(value);
      if (!iso) context.addIssue({ code: 'custom', message: `Geben Sie ${label} als TT.MM.JJJJ an, zum Beispiel 04.03.2027.` });
      return iso ?? '';
    });

/** A wall-clock time typed as HH:MM (Berlin); empty is null. */
export const optionalTime = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const match = TIME.exec(value);
      if (!match) context.addIssue({ code: 'custom', message: `Geben Sie ${label} als HH:MM an, zum Beispiel 17:00.` });
      return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
    });

/** A choice from a select of our rows: a UUID, or null when nothing is chosen. */
export const optionalId = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value && isUuid(value) ? value : null));

/** A yes/no checkbox that may be left out. */
export const flag = () =>
  z
    .string()
    .optional()
    .transform((value) => value === 'ja');

/** Several choices of our rows (checkbox groups): the UUIDs among them, each once. */
export const idList = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => [...new Set((value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(isUuid))]);
