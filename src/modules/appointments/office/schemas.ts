import { z } from 'zod';
import { isCalendarDate } from '../../../kernel/http';

/** The day of a day plan in the URL: an ISO calendar day that exists (no 30 February). */
export const planDaySchema = z.string().refine(isCalendarDate);

/** "Aufrufen": the staff member's counter, and optionally the waiting person chosen (else the next). */
export const callSchema = z.object({
  platz: z.uuid({ error: 'Wählen Sie Ihren Platz.' }),
  buchung: z
    .uuid({ error: 'Wählen Sie eine wartende Person im Tagesplan.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

/** A walk-in: the services they came for (one or more checkboxes). */
export const walkInSchema = z.object({
  dienste: z
    .union([z.uuid(), z.array(z.uuid())], { error: 'Wählen Sie mindestens eine Dienstleistung.' })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.uuid()).min(1, { error: 'Wählen Sie mindestens eine Dienstleistung.' }).max(10, { error: 'Wählen Sie höchstens zehn Dienstleistungen.' })),
});
