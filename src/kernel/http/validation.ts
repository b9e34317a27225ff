import { z } from 'zod';
import type { FieldErrors } from './errors';

/**
 * A day of the calendar as ISO `YYYY-MM-DD`: it exists (no 30 February) and lies in the years
 * 1–9999, as PostgreSQL's date and timestamp types require (year 0 made the inbox answer 500).
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL is only looked up when it is a UUID: a malformed one is a missing page, not a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Shared zod primitives with German messages that say what to do, never just "ungültig".
 * Every text is trimmed and bounded, so an overlong value gets a message at its field.
 */
export const text = (label: string, { max = 200, min = 1 }: { max?: number; min?: number } = {}) =>
  z
    .string({ error: `Geben Sie ${label} an.` })
    .trim()
    .min(min, { error: min <= 1 ? `Geben Sie ${label} an.` : `${label} muss mindestens ${min} Zeichen lang sein.` })
    .max(max, { error: `${label} darf höchstens ${max} Zeichen lang sein.` });

export const optionalText = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} darf höchstens ${max} Zeichen lang sein.` })
    .optional()
    .transform((value) => (value ? value : undefined));

/** An e-mail address that may be left empty (undefined then); when given, it must be one we can write to. */
export const optionalEmail = () =>
  z
    .string()
    .trim()
    .max(254, { error: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' })
    .optional()
    .transform((value) => (value ? value.toLowerCase() : undefined))
    .pipe(z.email({ error: 'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de. Oder lassen Sie das Feld leer.' }).optional());

export const email = (label = 'Ihre E-Mail-Adresse') =>
  z
    .string({ error: `Geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Geben Sie ${label} an.` })
    .max(254, { error: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' })
    .pipe(z.email({ error: 'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.' }))
    .transform((value) => value.toLowerCase());

/** Password rules of BSI/NIST: length counts, composition rules do not. */
export const newPassword = () =>
  z
    .string({ error: 'Geben Sie ein Passwort an.' })
    .min(12, { error: 'Das Passwort muss mindestens 12 Zeichen lang sein.' })
    .max(256, { error: 'Das Passwort darf höchstens 256 Zeichen lang sein.' });

export const checkbox = (message: string) => z.literal('ja', { error: message });

export const enumChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Keeps the submitted strings, so a form shown again with errors has what the person typed. */
function submittedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string' && key !== '_csrf' && !/password/i.test(key)) values[key] = value.slice(0, 10_000);
    }
  }
  return values;
}

/** Validates a form body; the first message per field wins, in the order of the schema. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, errors: fieldErrors, values: submittedValues(body) };
}

/**
 * What a use case answers (the one way field errors travel): success with its values, or field
 * errors that the person can correct, for the route to show the form again with 400. Everything
 * else (missing, forbidden, conflicts) is thrown as an AppError.
 */
export type Outcome<T extends object = object> = ({ ok: true } & T) | { ok: false; errors: FieldErrors };

/** The refusal of an Outcome: `return refuse({ email: 'Unter dieser Adresse …' })`. */
export function refuse(errors: FieldErrors): { ok: false; errors: FieldErrors } {
  return { ok: false, errors };
}
