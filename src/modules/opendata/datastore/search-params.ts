import { z } from 'zod';

/** A JSON object given as an object (POST body) or as a JSON string (a GET parameter), as CKAN accepts both. */
const jsonObject = z.union([
  z.record(z.string(), z.unknown()),
  z.string().transform((text, context) => {
    try {
      const value: unknown = JSON.parse(text);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    context.addIssue({ code: 'custom', message: 'Geben Sie ein JSON-Objekt an, z. B. {"Jahr": 2024}.' });
    return z.NEVER;
  }),
]);

/** `q` as a JSON object in a GET parameter (`q={"Name":"Müller"}`) searches per field, as in CKAN; any other text is one search. */
function fieldQuery(text: string): string | Record<string, string> {
  if (!text.trimStart().startsWith('{')) return text;
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string')) {
      return value as Record<string, string>;
    }
  } catch {
    // not JSON: searched as text
  }
  return text;
}

const flag = z.union([z.boolean(), z.enum(['true', 'false', 'True', 'False']).transform((value) => value.toLowerCase() === 'true')]);
const count = z.coerce
  .number({ error: 'Geben Sie eine ganze Zahl ab 0 an.' })
  .int('Geben Sie eine ganze Zahl ab 0 an.')
  .min(0, 'Geben Sie eine ganze Zahl ab 0 an.');
/** A list, or a comma-separated string (CKAN's `fields=a,b`, `sort=a asc, b desc`). */
const names = z
  .union([z.array(z.string()), z.string().transform((text) => text.split(','))])
  .transform((list) => list.map((name) => name.trim()).filter(Boolean));

/** datastore_search's parameters, as CKAN names them (`id` is CKAN's alias of `resource_id`). */
export const datastoreSearchSchema = z
  .object({
    resource_id: z.string().optional(),
    id: z.string().optional(),
    filters: jsonObject.optional(),
    q: z.union([z.record(z.string(), z.string()), z.string().transform(fieldQuery)]).optional(),
    plain: flag.optional(),
    distinct: flag.default(false),
    fields: names.optional(),
    sort: names.optional(),
    limit: count.optional(),
    offset: count.default(0),
    include_total: flag.default(true),
    total_estimation_threshold: count.optional(),
    records_format: z.enum(['objects', 'lists', 'csv', 'tsv'], { error: 'Wählen Sie objects, lists, csv oder tsv.' }).default('objects'),
    include_next_page: flag.default(false),
  })
  .transform(({ id, resource_id, ...rest }) => ({ ...rest, resource_id: resource_id ?? id ?? '' }))
  .refine((params) => params.resource_id !== '', { message: 'Geben Sie resource_id an.', path: ['resource_id'] });

export type DatastoreSearchParams = z.output<typeof datastoreSearchSchema>;
