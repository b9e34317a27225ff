import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

const NUL = '\u0000';
/** Deep enough for any form or query the portal reads; deeper nesting is refused as well. */
const MAX_DEPTH = 8;

/**
 * PostgreSQL cannot store NUL (U+0000) in text or jsonb: a query carrying one fails and would end as
 * a 500. No link or form of the portal produces one, so it is refused as bad input, everywhere.
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (value === null || typeof value !== 'object') return false;
  if (depth >= MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes(NUL) || containsNul(item, depth + 1));
}

export const invalidCharacters = () =>
  new AppError('invalid_characters', {
    status: 400,
    userMessage: 'Die Anfrage enthält ein unzulässiges Steuerzeichen. Bitte prüfen Sie Ihre Eingaben und senden Sie sie noch einmal.',
  });

/** Query, route parameters and parsed bodies (form, JSON) are checked before any handler runs; multipart fields in kernel/files. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.query) || containsNul(request.params) || containsNul(request.body)) throw invalidCharacters();
  });
}
