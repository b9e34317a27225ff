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

/**
 * council-staff (staff/): entering Gremien, persons, meetings, agendas and papers by hand, and the
 * council members' accounts. `:id` patterns are built with the same functions (`gremium(':id')`).
 */
const STAFF_BASE = '/verwaltung/rat';
export const STAFF_ENTRY_PATHS = {
  gremien: `${STAFF_BASE}/gremien`,
  newGremium: `${STAFF_BASE}/gremien/neu`,
  gremium: (id: string) => `${STAFF_BASE}/gremien/${id}`,
  persons: `${STAFF_BASE}/personen`,
  newPerson: `${STAFF_BASE}/personen/neu`,
  person: (id: string) => `${STAFF_BASE}/personen/${id}`,
  newMembership: (personId: string) => `${STAFF_BASE}/personen/${personId}/mitgliedschaften/neu`,
  membership: (personId: string, id: string) => `${STAFF_BASE}/personen/${personId}/mitgliedschaften/${id}`,
  meetings: `${STAFF_BASE}/sitzungen`,
  newMeeting: `${STAFF_BASE}/sitzungen/neu`,
  meeting: (id: string) => `${STAFF_BASE}/sitzungen/${id}`,
  newAgendaItem: (meetingId: string) => `${STAFF_BASE}/sitzungen/${meetingId}/tagesordnung/neu`,
  agendaItem: (meetingId: string, id: string) => `${STAFF_BASE}/sitzungen/${meetingId}/tagesordnung/${id}`,
  moveAgendaItem: (meetingId: string, id: string) => `${STAFF_BASE}/sitzungen/${meetingId}/tagesordnung/${id}/verschieben`,
  meetingFiles: (meetingId: string) => `${STAFF_BASE}/sitzungen/${meetingId}/dokumente`,
  papers: `${STAFF_BASE}/vorlagen`,
  newPaper: `${STAFF_BASE}/vorlagen/neu`,
  paper: (id: string) => `${STAFF_BASE}/vorlagen/${id}`,
  paperFiles: (paperId: string) => `${STAFF_BASE}/vorlagen/${paperId}/dokumente`,
  newConsultation: (paperId: string) => `${STAFF_BASE}/vorlagen/${paperId}/beratungen/neu`,
  members: `${STAFF_BASE}/ratsmitglieder`,
  unlinkMember: (userId: string) => `${STAFF_BASE}/ratsmitglieder/${userId}/loesen`,
  /** The confirmation page of a soft deletion, for every kind of object entered here. */
  deleteObject: (kind: string, id: string) => `${STAFF_BASE}/${kind}/${id}/loeschen`,
} as const;

// OParl server (council-api): the entry point, the external lists and a file's bytes.
/** The external lists of a Body (spec 3.2), by the type of their objects. */
export const OPARL_BODY_LISTS = [
  'organization',
  'person',
  'meeting',
  'paper',
  'agendaitem',
  'consultation',
  'file',
  'location',
  'legislativeterm',
  'membership',
] as const satisfies readonly OparlType[];
export type OparlBodyList = (typeof OPARL_BODY_LISTS)[number];

/** The external lists of an Organization (its meetings and consultations). */
export const OPARL_ORGANIZATION_LISTS = ['meeting', 'consultation'] as const satisfies readonly OparlType[];
export type OparlOrganizationList = (typeof OPARL_ORGANIZATION_LISTS)[number];

export const OPARL_PATHS = {
  system: `${OPARL_BASE}/system`,
  bodies: `${OPARL_BASE}/body`,
  bodyList: (bodyId: string, list: OparlBodyList) => `${OPARL_BASE}/body/${bodyId}/${list}`,
  organizationList: (organizationId: string, list: OparlOrganizationList) => `${OPARL_BASE}/organization/${organizationId}/${list}`,
  /** The bytes for reading in place (spec 2.7: never `Content-Disposition: attachment`). */
  fileAccess: (fileId: string) => `${OPARL_BASE}/file/${fileId}/access`,
  /** The bytes as a download (`Content-Disposition: attachment` with the file name). */
  fileDownload: (fileId: string) => `${OPARL_BASE}/file/${fileId}/download`,
} as const;

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
