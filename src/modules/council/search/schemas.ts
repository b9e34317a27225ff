import { z } from 'zod';
import { PAPER_SORTS } from './paper-index';

/** The deepest page a search may ask for: the work is bounded before it starts (docs/performance.md). */
export const MAX_PAGE = 200;
export const PAGE_SIZE = 10;

/** A calendar day as a date field sends it; anything else is dropped. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value))
  .optional()
  .catch(undefined);

/** A filter value from a link: trimmed, bounded; anything else dropped. */
const filterValue = (max: number) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().min(1).max(max))
    .optional()
    .catch(undefined);

/**
 * The GET parameters of `/rat/suche` (and of a search alert). A search never fails: values that are
 * not ours (an old bookmark, a hand-edited URL) are dropped, not answered with an error page.
 */
export const paperSearchQuery = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 200))
    .catch(''),
  art: filterValue(100),
  gremium: filterValue(120),
  von: day,
  bis: day,
  sortierung: z.enum(PAPER_SORTS).optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});

export type PaperSearchQuery = z.output<typeof paperSearchQuery>;
export type FilterParam = 'art' | 'gremium' | 'von' | 'bis';
export const FILTER_PARAMS: readonly FilterParam[] = ['art', 'gremium', 'von', 'bis'];
