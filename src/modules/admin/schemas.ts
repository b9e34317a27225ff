import { z } from 'zod';
import { ROLES } from '../../kernel/auth';
import { email, enumChoice, isCalendarDate } from '../../kernel/http';

export const STAFF_ROLES = ['staff', 'admin'] as const;
export const PAGE_SIZE = 50;

/**
 * A checkbox group arrives as one string (one ticked), an array (several) or not at all (none).
 * Which ids exist is known only at run time (database, registered modules): the use case checks that.
 */
function checkboxes(message: string) {
  return z
    .union([z.string().max(100, { error: message }), z.array(z.string().max(100, { error: message })).max(200, { error: message })], { error: message })
    .optional()
    .transform((value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])]);
}

const displayName = () =>
  z
    .string({ error: 'Geben Sie den Namen an, zum Beispiel Maria Muster.' })
    .trim()
    .min(1, { error: 'Geben Sie den Namen an, zum Beispiel Maria Muster.' })
    .max(120, { error: 'Der Name darf höchstens 120 Zeichen lang sein.' });

export const newUserSchema = z.object({
  email: email('die E-Mail-Adresse'),
  displayName: displayName(),
  role: enumChoice(STAFF_ROLES, 'Wählen Sie aus, ob das Konto für Mitarbeitende oder für die Administration ist.'),
  departments: checkboxes('Wählen Sie nur Fachbereiche aus der Liste aus.'),
  permissions: checkboxes('Wählen Sie nur Berechtigungen aus der Liste aus.'),
});
export type NewUserInput = z.output<typeof newUserSchema>;

export const accessSchema = z.object({
  role: enumChoice(ROLES, 'Wählen Sie eine Rolle aus.'),
  departments: checkboxes('Wählen Sie nur Fachbereiche aus der Liste aus.'),
  permissions: checkboxes('Wählen Sie nur Berechtigungen aus der Liste aus.'),
});

/** A new API access: what it is for, and optionally the one department whose data it may read. */
export const apiTokenSchema = z.object({
  name: z
    .string({ error: 'Geben Sie an, wofür der Zugang ist, zum Beispiel Fachverfahren Bürgeramt.' })
    .trim()
    .min(1, { error: 'Geben Sie an, wofür der Zugang ist, zum Beispiel Fachverfahren Bürgeramt.' })
    .max(120, { error: 'Der Name darf höchstens 120 Zeichen lang sein.' }),
  departmentId: z
    .string({ error: 'Wählen Sie einen Fachbereich aus der Liste aus.' })
    .trim()
    .max(40, { error: 'Wählen Sie einen Fachbereich aus der Liste aus.' })
    .optional()
    .transform((value) => value || undefined),
});
export type ApiTokenInput = z.output<typeof apiTokenSchema>;

export const departmentSchema = z.object({
  id: z
    .string({ error: 'Geben Sie eine Kennung an, zum Beispiel buergeramt.' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, {
      error: 'Geben Sie eine Kennung aus 2 bis 40 Kleinbuchstaben, Ziffern und Bindestrichen an, zum Beispiel buergeramt.',
    }),
  name: z
    .string({ error: 'Geben Sie den Namen des Fachbereichs an, zum Beispiel Bürgeramt.' })
    .trim()
    .min(1, { error: 'Geben Sie den Namen des Fachbereichs an, zum Beispiel Bürgeramt.' })
    .max(120, { error: 'Der Name darf höchstens 120 Zeichen lang sein.' }),
  email: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(email('die E-Mail-Adresse des Fachbereichs').optional()),
});
export type DepartmentInput = z.output<typeof departmentSchema>;

/** Filters come from links and bookmarks: a broken page number falls back to the first page. */
const page = () => z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** An empty filter field means "no filter". */
const optionalQuery = () =>
  z
    .string({ error: 'Geben Sie jeden Filter nur einmal an.' })
    .trim()
    .optional()
    .transform((value) => value || undefined);

/** `label` is the subject of the message, e.g. "Der Suchbegriff". */
const filterText = (label: string, max: number) =>
  optionalQuery().refine((value) => value === undefined || value.length <= max, { error: `${label} darf höchstens ${max} Zeichen lang sein.` });

/** Account states the list can be filtered by (the URL words are what the select sends). */
export const USER_STATUSES = ['aktiv', 'ohne-passwort', 'gesperrt'] as const;

/** Mail states the outbox can be filtered by (the values of mail_outbox.status). */
export const MAIL_STATUSES = ['queued', 'sent', 'local', 'failed'] as const;

export const userFilterSchema = z.object({
  q: filterText('Der Suchbegriff', 200),
  role: z.preprocess((value) => (value === '' ? undefined : value), z.enum(ROLES, { error: 'Wählen Sie eine Rolle aus der Liste aus.' }).optional()),
  status: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(USER_STATUSES, { error: 'Wählen Sie einen Status aus der Liste aus.' }).optional(),
  ),
  page: page(),
});

/** Accepts 27.03.2026 (what people type) and 2026-03-27 (what a date picker sends); returns ISO. */
export function toIsoDate(value: string): string | undefined {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = german ? [german[3], german[2], german[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return undefined;
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(candidate) ? candidate : undefined;
}

const dateFilter = (label: string) =>
  optionalQuery().transform((value, context) => {
    if (value === undefined) return undefined;
    const iso = toIsoDate(value);
    if (!iso) context.addIssue({ code: 'custom', message: `Geben Sie ${label} als Datum an, zum Beispiel 27.03.2026.` });
    return iso;
  });

export const auditFilterSchema = z
  .object({
    action: filterText('Die Aktion', 100),
    actor: filterText('Die E-Mail-Adresse', 254),
    objectType: filterText('Die Objektart', 50),
    objectId: filterText('Die Objekt-ID', 100),
    from: dateFilter('den Beginn des Zeitraums'),
    to: dateFilter('das Ende des Zeitraums'),
    page: page(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ['to'],
    error: 'Das Ende des Zeitraums muss am oder nach dem Beginn liegen.',
  });

/** A link with an unknown status shows all mails rather than an error: it only narrows a list. */
export const outboxFilterSchema = z.object({
  status: z.enum(MAIL_STATUSES).optional().catch(undefined),
  page: page(),
});
