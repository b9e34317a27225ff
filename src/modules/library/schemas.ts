import { z } from 'zod';
import { MEDIA_TYPES } from './tables';

/** Year ranges of the facet, as URL values: the range's first and last year (null: open). */
export const YEAR_RANGES = {
  'vor-2000': [null, 1999],
  '2000-2009': [2000, 2009],
  '2010-2019': [2010, 2019],
  '2020-2024': [2020, 2024],
  'ab-2025': [2025, null],
} as const satisfies Record<string, readonly [number | null, number | null]>;
export type YearRange = keyof typeof YEAR_RANGES;

export const CATALOGUE_SORTS = ['relevanz', 'titel', 'neueste', 'aelteste'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

/** The deepest page a search may ask for: PGlite cannot cancel a statement, so the work is bounded first. */
export const MAX_PAGE = 250;

/**
 * The GET parameters of `/bildung/buecherei`. A search never fails: values that are not ours (an
 * old bookmark, a hand-edited URL) are dropped, not answered with an error page.
 */
export const catalogueQuery = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 200))
    .catch(''),
  medium: z.enum(MEDIA_TYPES).optional().catch(undefined),
  jahr: z
    .enum(Object.keys(YEAR_RANGES) as [YearRange, ...YearRange[]])
    .optional()
    .catch(undefined),
  sprache: z
    .string()
    .regex(/^[a-z]{3}$/)
    .optional()
    .catch(undefined),
  thema: z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().min(1).max(120))
    .optional()
    .catch(undefined),
  sortierung: z.enum(CATALOGUE_SORTS).optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});

export type CatalogueQuery = z.output<typeof catalogueQuery>;
export type FilterParam = 'medium' | 'jahr' | 'sprache' | 'thema';
export const FILTER_PARAMS: readonly FilterParam[] = ['medium', 'jahr', 'sprache', 'thema'];
