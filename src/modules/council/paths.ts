/** Every URL of the council module in one place (views link, routes register, tests call); one block per part. */
export const PATHS = {
  public: '/rat',
  staff: '/verwaltung/rat',
} as const;

/** Import (council-import): the import sources and the runs' reports in /verwaltung. */
export const IMPORT_PATHS = {
  sources: '/verwaltung/rat/quellen',
  newSource: '/verwaltung/rat/quellen/neu',
  source: (id: string) => `/verwaltung/rat/quellen/${id}`,
  toggleSource: (id: string) => `/verwaltung/rat/quellen/${id}/zeitplan`,
  importSource: (id: string) => `/verwaltung/rat/quellen/${id}/importieren`,
  runs: '/verwaltung/rat/importe',
  run: (id: string) => `/verwaltung/rat/importe/${id}`,
} as const;

/** The OParl 1.1 server's base; its objects' canonical URLs are built by `oparlObjectUrl`. */
export const OPARL_BASE = '/oparl/v1';

/** The OParl object types as they appear in our URLs (`/oparl/v1/paper/<id>`). */
export const OPARL_TYPES = [
  'system',
  'body',
  'legislativeterm',
  'organization',
  'person',
  'membership',
  'meeting',
  'agendaitem',
  'paper',
  'consultation',
  'file',
  'location',
] as const;
export type OparlType = (typeof OPARL_TYPES)[number];

/** The canonical URL of one of our objects: absolute, as OParl demands (spec 2.3). */
export function oparlObjectUrl(baseUrl: string, type: OparlType, id: string): string {
  return `${baseUrl}${OPARL_BASE}/${type}/${id}`;
}
