/** Every URL of the council module in one place (views link, routes register, tests call); one block per part. */
export const PATHS = {
  public: '/rat',
  staff: '/verwaltung/rat',
} as const;

// Public pages at /rat (council-pages): calendar, meetings, papers, Gremien, persons, files, map, feeds.
export const PAGE_PATHS = {
  home: '/rat',
  meetings: '/rat/sitzungen',
  meetingsCalendar: '/rat/sitzungen.ics',
  meetingsFeed: '/rat/sitzungen.atom',
  papersFeed: '/rat/vorlagen.atom',
  meeting: (id: string) => `/rat/sitzungen/${id}`,
  paper: (id: string) => `/rat/vorlagen/${id}`,
  organizations: '/rat/gremien',
  organization: (slug: string) => `/rat/gremien/${slug}`,
  organizationCalendar: (slug: string) => `/rat/gremien/${slug}/sitzungen.ics`,
  person: (id: string) => `/rat/personen/${id}`,
  file: (id: string) => `/rat/dokumente/${id}`,
  map: '/rat/karte',
  /** Built by council-search; linked from here. */
  search: '/rat/suche',
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
