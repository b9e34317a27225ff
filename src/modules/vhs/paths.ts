/** Every URL of the VHS module in one place (views link, routes register, tests call). */
export const VHS_PATHS = {
  catalogue: '/bildung/vhs',
  course: (slug: string) => `/bildung/vhs/kurse/${slug}`,
  /** The course's sessions as an iCalendar file (one VEVENT per session). */
  courseCalendar: (slug: string) => `/bildung/vhs/kurse/${slug}.ics`,
} as const;

/** Slugs are lower-case words joined by hyphens; anything else is answered with 404 before the database. */
export const COURSE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/;
