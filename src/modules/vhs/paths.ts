/** Every URL of the VHS module in one place (views link, routes register, tests call). */
export const VHS_PATHS = {
  catalogue: '/bildung/vhs',
  course: (slug: string) => `/bildung/vhs/kurse/${slug}`,
  /** The course's sessions as an iCalendar file (one VEVENT per session). */
  courseCalendar: (slug: string) => `/bildung/vhs/kurse/${slug}.ics`,
} as const;

/** Webinars: the online room of a course, for booked participants and VHS staff. */
export const WEBINAR_PATHS = {
  onlineAccess: (slug: string) => `/bildung/vhs/kurse/${slug}/online`,
  join: (slug: string) => `/bildung/vhs/kurse/${slug}/online/teilnehmen`,
  /** BigBlueButton's end callback (meta_endCallbackUrl), signed by the portal. */
  endCallback: '/bildung/vhs/webinare/ende',
} as const;

/** Staff sections in /verwaltung: the programme's courses, their sessions, import and export. */
export const VHS_STAFF_PATHS = {
  courses: '/verwaltung/vhs/kurse',
  course: (id: string) => `/verwaltung/vhs/kurse/${id}`,
  publish: (id: string) => `/verwaltung/vhs/kurse/${id}/veroeffentlichen`,
  session: (id: string, sessionId: string) => `/verwaltung/vhs/kurse/${id}/termine/${sessionId}`,
  cancelSession: (id: string, sessionId: string) => `/verwaltung/vhs/kurse/${id}/termine/${sessionId}/absagen`,
  /** The participants list, waitlist and attendance (the booking part's page). */
  participants: (id: string) => `/verwaltung/vhs/kurse/${id}/teilnehmende`,
  import: '/verwaltung/vhs/import',
  export: '/verwaltung/vhs/programm.json',
} as const;

/** Slugs are lower-case words joined by hyphens; anything else is answered with 404 before the database. */
export const COURSE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/;
