import { z } from 'zod';

/** A repeated GET parameter (`?format=CSV&format=PDF`) as a bounded list of bounded values. */
const many = (pattern: RegExp) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .transform((values) => [...new Set(values.map((value) => value.trim()).filter((value) => pattern.test(value)))].slice(0, 5))
    .catch([]);

export const CATALOGUE_SORTS = ['relevanz', 'aktualisiert', 'name'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

/**
 * The GET parameters of `/daten/suche`. A search never fails: values that are not ours (an old
 * bookmark, a hand-edited URL) are dropped, not answered with an error page.
 */
export const catalogueQuery = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, 200))
    .catch(''),
  organisation: many(/^[a-z0-9_-]{2,100}$/),
  kategorie: many(/^[a-z]{4}$/),
  format: many(/^[A-Za-z0-9.+-]{1,20}$/),
  lizenz: many(/^[a-z0-9./_-]{2,60}$/i),
  schlagwort: many(/^[\p{L}\p{N} ._-]{2,100}$/u),
  sortierung: z.enum(CATALOGUE_SORTS).optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type CatalogueQuery = z.output<typeof catalogueQuery>;

/** The filters of a query and the facet (CKAN field) each belongs to. */
export const FILTER_FACETS = {
  organisation: 'organization',
  kategorie: 'groups',
  format: 'res_format',
  lizenz: 'license_id',
  schlagwort: 'tags',
} as const;
export type FilterParam = keyof typeof FILTER_FACETS;
