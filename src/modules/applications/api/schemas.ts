import { z } from 'zod';
import { APPLICATION_STATUSES } from '../workflow';

const SUBMITTED_STATUSES = APPLICATION_STATUSES.filter((status) => status !== 'draft') as [string, ...string[]];

/** `cursor` is opaque to clients: base64url of "<submittedAt ISO>|<id>" of the last item. */
const cursor = z
  .string()
  .max(200)
  .transform((value, context) => {
    const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
    const submittedAt = new Date(at ?? '');
    if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(submittedAt.getTime())) {
      context.addIssue({ code: 'custom', message: 'Der Cursor ist ungültig. Verwenden Sie den Wert aus `next` der vorigen Antwort.' });
      return z.NEVER;
    }
    return { submittedAt, id };
  });

export const ApiListQuerySchema = z.strictObject({
  status: z.enum(SUBMITTED_STATUSES, { error: `Erlaubt sind: ${SUBMITTED_STATUSES.join(', ')}.` }).optional(),
  submittedSince: z.iso.datetime({ offset: true, error: 'Geben Sie einen Zeitpunkt nach ISO 8601 an, z. B. 2026-11-25T08:00:00Z.' }).transform((value) => new Date(value)).optional(),
  limit: z.coerce.number({ error: 'Geben Sie eine Zahl an.' }).int().min(1, { error: 'Mindestens 1.' }).max(200, { error: 'Höchstens 200.' }).default(50),
  cursor: cursor.optional(),
});

export function encodeCursor(submittedAt: Date, id: string): string {
  return Buffer.from(`${submittedAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}
