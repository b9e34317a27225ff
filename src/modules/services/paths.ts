/** Every URL of the services module in one place (views link, routes register, tests call). */
export const SERVICE_PATHS = {
  list: '/leistungen',
  detail: (slug: string) => `/leistungen/${slug}`,
  /**
   * Start of the online Antrag; the applications module serves it (its PATHS.start). Spelled out
   * here because services must not import applications, which imports services.
   */
  application: (slug: string) => `/leistungen/${slug}/antrag`,
  /**
   * The booking of a visit with the Termine service chosen; the appointments module serves it (its
   * PATHS.book with `?dienst=`). Spelled out here because services must not import appointments,
   * whose Termine services the Leistungen name.
   */
  appointment: (appointmentService: string) => `/termine/buchen?dienst=${encodeURIComponent(appointmentService)}`,
} as const;

/** Slugs are lower-case words joined by hyphens; anything else is answered with 404 before the database. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
