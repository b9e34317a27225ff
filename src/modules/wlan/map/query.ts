import { z } from 'zod';

/** The filters and the place of /wlan, all in the GET form's URL (bookmarkable, works without JS). */
export const STATUS_FILTERS = ['alle', 'online', 'offline'] as const;
export const KIND_FILTERS = ['alle', 'freifunk', 'stadt'] as const;
export const AREA_FILTERS = ['stadt', 'alle'] as const;

const trimmed = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().slice(0, max))
    .catch('');

export const wlanQuery = z.object({
  status: z.enum(STATUS_FILTERS).catch('alle'),
  art: z.enum(KIND_FILTERS).catch('alle'),
  bereich: z.enum(AREA_FILTERS).catch('stadt'),
  /** "Adresse oder Straße", looked up in the municipality's street list. */
  ort: trimmed(120),
  /** The browser's position, sent only after the person clicked "Meinen Standort verwenden"; checked in `near.ts`. */
  breite: trimmed(20),
  laenge: trimmed(20),
  seite: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type WlanQuery = z.output<typeof wlanQuery>;

/** The URL of /wlan for a query, leaving out what is the default (short, canonical URLs for the page cache). */
export function wlanHref(path: string, query: Partial<WlanQuery>): string {
  const params = new URLSearchParams();
  if (query.ort) params.set('ort', query.ort);
  if (query.breite) params.set('breite', query.breite);
  if (query.laenge) params.set('laenge', query.laenge);
  if (query.status && query.status !== 'alle') params.set('status', query.status);
  if (query.art && query.art !== 'alle') params.set('art', query.art);
  if (query.bereich && query.bereich !== 'stadt') params.set('bereich', query.bereich);
  if (query.seite && query.seite > 1) params.set('seite', String(query.seite));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
