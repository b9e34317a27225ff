import { z } from 'zod';
import { LIFE_SITUATION_SLUGS } from './life-situations';

/**
 * The catalogue's GET parameters. A search must never fail: values that are not ours (an old
 * bookmark, a hand-edited URL) are dropped instead of answered with an error page.
 */
export const catalogueQuery = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 100))
    .catch(''),
  lebenslage: z.enum(LIFE_SITUATION_SLUGS).optional().catch(undefined),
  fachbereich: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .catch(undefined),
  seite: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type CatalogueQuery = z.output<typeof catalogueQuery>;
