import { z } from 'zod';
import { optionalText, text } from '../../../kernel/http/validation';
import { calendarDayOf, clockTimeOf } from './plan-forms';

const yes = z
  .string()
  .optional()
  .transform((value) => value === 'ja');

/** A whole number typed into a field, between `min` and `max`. */
const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ error: `Geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Geben Sie ${label} an.` })
    .regex(/^\d{1,4}$/, { error: `Geben Sie ${label} als ganze Zahl an.` })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} liegt zwischen ${min} und ${max}.` });

/** A time of day as people type it ("8:00", "08.00", "8"), as `HH:MM`; empty gives undefined. */
const optionalClockTime = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const time = clockTimeOf(value);
      if (!time) {
        context.addIssue({ code: 'custom', message: `Geben Sie ${label} als Uhrzeit an, zum Beispiel 08:30.` });
        return z.NEVER;
      }
      return time;
    });

/** A day as `YYYY-MM-DD` (a date field) or `TT.MM.JJJJ` (typed where the browser has no date field); empty gives undefined. */
const optionalCalendarDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const day = calendarDayOf(value);
      if (!day) {
        context.addIssue({ code: 'custom', message: `Geben Sie ${label} als Datum an, zum Beispiel 24.12.2026.` });
        return z.NEVER;
      }
      return day;
    });
const calendarDay = (label: string) => optionalCalendarDay(label).refine((value): value is string => value !== undefined, { error: `Geben Sie ${label} an.` });

const slug = z
  .string({ error: 'Geben Sie die Kurzbezeichnung für die Adresse an.' })
  .trim()
  .min(1, { error: 'Geben Sie die Kurzbezeichnung für die Adresse an.' })
  .max(60, { error: 'Die Kurzbezeichnung darf höchstens 60 Zeichen lang sein.' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Die Kurzbezeichnung besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, zum Beispiel rathaus.' });

/** A location (Bürgerbüro) as planners enter it. */
export const locationSchema = z.object({
  name: text('den Namen des Standorts', { max: 120 }),
  slug,
  departmentId: z.string({ error: 'Wählen Sie den Fachbereich.' }).trim().min(1, { error: 'Wählen Sie den Fachbereich.' }),
  street: text('Straße und Hausnummer', { max: 120 }),
  postalCode: z
    .string({ error: 'Geben Sie die Postleitzahl an.' })
    .trim()
    .regex(/^\d{5}$/, { error: 'Geben Sie die Postleitzahl mit fünf Ziffern an.' }),
  city: text('den Ort', { max: 80 }),
  directions: optionalText('Die Anfahrt', 1000),
  accessibility: optionalText('Die Angaben zur Barrierefreiheit', 1000),
  slotMinutes: wholeNumber('die Länge einer Zeiteinheit', 5, 60),
  ticketPrefix: z
    .string({ error: 'Geben Sie den Buchstaben der Aufrufnummern an.' })
    .trim()
    .regex(/^[A-Z]$/, { error: 'Geben Sie einen Großbuchstaben an, zum Beispiel A.' }),
  active: yes,
});

export const counterSchema = z.object({ name: text('den Namen des Platzes', { max: 40 }) });

/** A service (Dienstleistung) as planners enter it; what to bring one item per line. */
export const serviceSchema = z.object({
  name: text('den Namen der Dienstleistung', { max: 120 }),
  slug,
  durationMinutes: wholeNumber('die Dauer in Minuten', 1, 480),
  maxQuantity: wholeNumber('die Zahl der Personen', 1, 10),
  bring: optionalText('Die Liste „Bitte mitbringen“', 2000).transform((value) =>
    (value ?? '')
      .split('\n')
      .map((line) => line.replace(/^[-•*]\s*/, '').trim())
      .filter(Boolean),
  ),
  note: optionalText('Der Hinweis', 1000).transform((value) => value ?? ''),
  active: yes,
});

/** A closure: the whole location or one counter (`place` is `location` or a counter's id), days, optional hours, reason. */
export const closureSchema = z.object({
  place: z.string({ error: 'Wählen Sie, was geschlossen ist.' }).trim().min(1, { error: 'Wählen Sie, was geschlossen ist.' }),
  firstDay: calendarDay('den ersten Tag'),
  lastDay: optionalCalendarDay('den letzten Tag'),
  fromTime: optionalClockTime('den Beginn'),
  untilTime: optionalClockTime('das Ende'),
  reason: text('den Grund', { max: 300 }),
  /** How many bookings the person confirmed to cancel (the count the form showed). */
  confirmedCancellations: z
    .string()
    .optional()
    .transform((value) => (value && /^\d{1,6}$/.test(value) ? Number(value) : undefined)),
});
