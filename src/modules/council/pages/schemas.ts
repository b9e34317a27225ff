import { z } from 'zod';
import type { FieldErrors } from '../../../kernel/http/errors';

/** `2026-03` or `03.2026` (what people type) as `2026-03`; years a council calendar can hold. */
function monthValue(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(value);
  const german = /^(\d{1,2})[./](\d{4})$/.exec(value);
  const [year, month] = iso ? [iso[1]!, iso[2]!] : german ? [german[2]!, german[1]!] : [];
  if (!year || !month) return undefined;
  const m = Number(month);
  if (m < 1 || m > 12 || Number(year) < 1900 || Number(year) > 2200) return undefined;
  return `${year}-${String(m).padStart(2, '0')}`;
}

const MAX_PAGE = 10_000;

/**
 * The calendar's filters: `gremium` (a slug), `zeit` (kommend, vergangen), `monat` (the month grid)
 * and `seite`. Unknown keys are ignored; a value that cannot be read is a field error (400 with the form).
 */
export const calendarQuerySchema = z.object({
  gremium: z
    .string()
    .trim()
    .max(200, 'Wählen Sie ein Gremium aus der Liste.')
    .regex(/^[a-z0-9-]*$/, 'Wählen Sie ein Gremium aus der Liste.')
    .optional()
    .transform((value) => value || undefined),
  zeit: z.enum(['kommend', 'vergangen'], { error: 'Wählen Sie „Kommende“ oder „Vergangene Sitzungen“.' }).optional(),
  monat: z
    .string()
    .trim()
    .max(20, 'Geben Sie den Monat so an: 03.2026.')
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      const month = monthValue(value);
      if (!month) context.addIssue({ code: 'custom', message: 'Geben Sie den Monat so an: 03.2026.' });
      return month;
    }),
  seite: z.coerce
    .number({ error: 'Die Seitenzahl muss eine ganze Zahl ab 1 sein.' })
    .int('Die Seitenzahl muss eine ganze Zahl ab 1 sein.')
    .min(1, 'Die Seitenzahl muss eine ganze Zahl ab 1 sein.')
    .max(MAX_PAGE, 'Die Seitenzahl muss eine ganze Zahl ab 1 sein.')
    .default(1),
});
export type CalendarQuery = z.output<typeof calendarQuerySchema>;

/** What the calendar link of a query is made of: the raw values as the person sent them (for the form again). */
export function rawCalendarValues(query: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (query && typeof query === 'object') {
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') values[key] = value.slice(0, 200);
  }
  return values;
}

/**
 * The calendar's query, and the messages of the values that cannot be read. Those values are left
 * out, so the page still shows the calendar with the other filters under the error summary.
 */
export function parseCalendarQuery(raw: Record<string, string>): { query: CalendarQuery; errors: FieldErrors | undefined } {
  const parsed = calendarQuerySchema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, errors: undefined };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in errors)));
  const retried = calendarQuerySchema.safeParse(rest);
  return { query: retried.success ? retried.data : { seite: 1, gremium: undefined, monat: undefined }, errors };
}
