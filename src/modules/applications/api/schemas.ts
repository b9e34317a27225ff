import { z } from 'zod';
import { APPLICATION_STATUSES } from '../workflow';
import { isUuid } from '../../../kernel/http';

const SUBMITTED_STATUSES = APPLICATION_STATUSES.filter((status) => status !== 'draft') as [string, ...string[]];

/**
 * PostgreSQL gets a Date as its ISO text: it knows no year 0, and a year past 9999 (`+010000-…`)
 * is no timestamp to it. Such a date in a query fails in the database (a 500) instead of matching nothing.
 * An invalid date is not storable either.
 */
const storable = (date: Date) => date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999;

/** `cursor` is opaque to clients: base64url of "<submittedAt ISO>|<id>" of the last item. */
const cursor = z
  .string()
  .max(200)
  .transform((value, context) => {
    const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
    const submittedAt = new Date(at ?? '');
    if (!id || !isUuid(id) || !storable(submittedAt)) {
      context.addIssue({ code: 'custom', message: 'Der Cursor ist ungültig. Verwenden Sie den Wert aus `next` der vorigen Antwort.' });
      return z.NEVER;
    }
    return { submittedAt, id };
  });

export const ApiListQuerySchema = z.strictObject({
  status: z.enum(SUBMITTED_STATUSES, { error: `Erlaubt sind: ${SUBMITTED_STATUSES.join(', ')}.` }).optional(),
  submittedSince: z.iso
    .datetime({ offset: true, error: 'Geben Sie einen Zeitpunkt nach ISO 8601 an, z. B. 2026-11-25T08:00:00Z.' })
    .transform((value) => new Date(value))
    .refine(storable, { error: 'Geben Sie einen Zeitpunkt zwischen den Jahren 1 und 9999 an, z. B. 2026-11-25T08:00:00Z.' })
    .optional(),
  limit: z.coerce.number({ error: 'Geben Sie eine Zahl an.' }).int().min(1, { error: 'Mindestens 1.' }).max(200, { error: 'Höchstens 200.' }).default(50),
  cursor: cursor.optional(),
});

export function encodeCursor(submittedAt: Date, id: string): string {
  return Buffer.from(`${submittedAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}
