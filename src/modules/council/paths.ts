/** Every URL of the council module in one place (views link, routes register, tests call); one block per part. */
export const PATHS = {
  public: '/rat',
  staff: '/verwaltung/rat',
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

// council-search: the full-text search over papers and files, and the e-mail alerts.
export const SEARCH_PATHS = {
  search: '/rat/suche',
  alerts: '/rat/benachrichtigungen',
  newAlert: '/rat/benachrichtigungen/neu',
  confirmPattern: '/rat/benachrichtigungen/bestaetigen/:token',
  confirm: (token: string) => `/rat/benachrichtigungen/bestaetigen/${token}`,
  managePattern: '/rat/benachrichtigungen/verwalten/:token',
  manage: (token: string) => `/rat/benachrichtigungen/verwalten/${token}`,
  unsubscribePattern: '/rat/benachrichtigungen/abmelden/:token',
  unsubscribe: (token: string) => `/rat/benachrichtigungen/abmelden/${token}`,
  requested: '/rat/benachrichtigungen/angefordert',
  unsubscribed: '/rat/benachrichtigungen/abgemeldet',
  /** Pages of council-pages the search and the digests link to. */
  paper: (id: string) => `/rat/vorlagen/${id}`,
  meeting: (id: string) => `/rat/sitzungen/${id}`,
  file: (id: string) => `/rat/dokumente/${id}`,
  gremium: (slug: string) => `/rat/gremien/${slug}`,
} as const;
