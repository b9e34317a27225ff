import { z } from 'zod';

/** The day of a day plan in the URL: an ISO calendar day. */
export const planDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

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
