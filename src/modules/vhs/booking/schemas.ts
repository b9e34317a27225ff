import { z } from 'zod';
import { enumChoice, isCalendarDate, optionalText, text } from '../../../kernel/http';
import type { BookingRequest } from './use-cases/book-course';

const part = z.string().trim().max(4).optional();

/**
 * The booking form: for oneself or for a child (name and birth date, in three fields), and whether
 * the person agrees to the waitlist should the course be full when the booking arrives.
 */
export const bookingFormSchema = z
  .object({
    teilnahme: enumChoice(['selbst', 'kind'], 'Wählen Sie aus, wer am Kurs teilnimmt.'),
    kindName: optionalText('Der Name des Kindes', 120),
    'geburtsdatum-day': part,
    'geburtsdatum-month': part,
    'geburtsdatum-year': part,
    warteliste: z.literal('ja').optional(),
  })
  .superRefine((form, context) => {
    if (form.teilnahme !== 'kind') return;
    if (!form.kindName) context.addIssue({ code: 'custom', path: ['kindName'], message: 'Geben Sie den Vor- und Nachnamen des Kindes an.' });
    const date = birthDate(form);
    if (!date || date >= new Date().toISOString().slice(0, 10) || date < '1900-01-01') {
      context.addIssue({
        code: 'custom',
        path: ['geburtsdatum'],
        message: 'Geben Sie das Geburtsdatum des Kindes als Tag, Monat und Jahr an, zum Beispiel 24 4 2016.',
      });
    }
  });

export type BookingForm = z.output<typeof bookingFormSchema>;

function birthDate(form: Pick<BookingForm, 'geburtsdatum-day' | 'geburtsdatum-month' | 'geburtsdatum-year'>): string | null {
  const [day, month, year] = [form['geburtsdatum-day'], form['geburtsdatum-month'], form['geburtsdatum-year']];
  if (!day || !month || !year || !/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

export function bookingRequestOf(slug: string, form: BookingForm): BookingRequest {
  const participant: BookingRequest['participant'] =
    form.teilnahme === 'kind' ? { kind: 'child', name: form.kindName!, birthDate: birthDate(form)! } : { kind: 'self' };
  return { slug, participant, waitlist: form.warteliste === 'ja' };
}

/** Calling a course off: the reason (it goes to every participant), then a confirmation step (`bestaetigt`). */
export const cancelCourseSchema = z.object({
  grund: text('den Grund der Absage', { max: 500 }),
  bestaetigt: z.literal('ja').optional(),
});

/** The attendance grid: the ticked `sessionId:bookingId` pairs (none, one or many). */
export const attendanceSchema = z.object({
  anwesend: z
    .union([z.string().max(80), z.array(z.string().max(80)).max(5000)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});

export const reductionDecisionSchema = z.object({ entscheidung: enumChoice(['gewaehrt', 'abgelehnt'], 'Wählen Sie „Gewähren“ oder „Ablehnen“.') });

/** The provider chosen for the course fee; the use case checks that it is one of the configured ones. */
export const paymentChoiceSchema = z.object({ zahlart: enumChoice(['invoice', 'test'], 'Wählen Sie aus, wie Sie bezahlen möchten.') });
