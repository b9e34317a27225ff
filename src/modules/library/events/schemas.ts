import { z } from 'zod';
import { isCalendarDate, optionalText, text } from '../../../kernel/http';

const clockTime = (label: string) =>
  z
    .string({ error: `Geben Sie ${label} an, zum Beispiel 16:30.` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `Geben Sie ${label} als Uhrzeit an, zum Beispiel 16:30.` });

/**
 * The staff form of an event. The day and the times are read as Berlin wall-clock time; whether the
 * end lies after the start, and the time exists that day, the use case checks (it needs both).
 */
export const eventForm = z
  .object({
    titel: text('den Titel'),
    kurzbeschreibung: text('eine Kurzbeschreibung', { max: 300 }),
    beschreibung: optionalText('Die Beschreibung', 5000),
    ort: optionalText('Der Ort', 200),
    online: z.literal('ja').optional(),
    zielgruppe: text('die Zielgruppe', { max: 100 }),
    teilnahme: optionalText('Der Hinweis zur Teilnahme', 300),
    tag: z.string({ error: 'Geben Sie den Tag an.' }).trim().refine(isCalendarDate, { error: 'Geben Sie den Tag als Datum an, zum Beispiel 2027-03-14.' }),
    beginn: clockTime('den Beginn'),
    ende: clockTime('das Ende'),
  })
  .refine((form) => form.online === 'ja' || form.ort !== undefined, { path: ['ort'], error: 'Geben Sie den Ort an, oder kreuzen Sie „Online“ an.' });

export type EventForm = z.output<typeof eventForm>;

export const cancelForm = z.object({ grund: text('den Grund der Absage', { max: 300 }) });
