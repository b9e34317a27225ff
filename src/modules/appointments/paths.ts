/** Every URL of the appointments module in one place (views link, routes register, tests call). */
export const PATHS = {
  /** Start: what one can book, the locations, "Termin buchen". */
  public: '/termine',
  /**
   * The booking, one question per page (services, location, day, time, details, check): each step is a
   * GET whose query carries the choices so far, so it works without JavaScript and keeps no state on
   * the server until the booking is made (booking/). `?dienst=<slug>` starts with a service chosen (the
   * Leistung page links so).
   */
  book: '/termine/buchen',
  bookLocation: '/termine/buchen/standort',
  bookDay: '/termine/buchen/tag',
  bookTime: '/termine/buchen/uhrzeit',
  bookDetails: '/termine/buchen/angaben',
  /** After booking (303 from the POST): the reference, the calendar file, what to bring. */
  booked: (reference: string) => `/termine/gebucht/${encodeURIComponent(reference)}`,
  /** The link of the confirmation mail (the secret in the path): see, cancel, rebook. */
  manage: (secret: string) => `/termine/termin/${encodeURIComponent(secret)}`,
  manageCancel: (secret: string) => `/termine/termin/${encodeURIComponent(secret)}/absagen`,
  manageRebook: (secret: string) => `/termine/termin/${encodeURIComponent(secret)}/umbuchen`,
  manageCalendar: (secret: string) => `/termine/termin/${encodeURIComponent(secret)}/termin.ics`,
  location: (slug: string) => `/termine/standorte/${encodeURIComponent(slug)}`,
  /** The waiting room's call-up display: numbers and counters, no names; live with JavaScript, refreshing itself without. */
  display: (slug: string) => `/termine/standorte/${encodeURIComponent(slug)}/aufruf`,
  /** The citizen account's appointments (account/). */
  account: '/konto/termine',
  accountBooking: (id: string) => `/konto/termine/${id}`,
} as const;

/** Staff sections in /verwaltung (office/ at the counters, planning/ for the plan and the figures). */
export const STAFF_PATHS = {
  /** The day plan per location and counter, with check-in, call-up, done, no-show and walk-ins. */
  dayPlan: '/verwaltung/termine',
  dayPlanOf: (locationSlug: string, day: string) => `/verwaltung/termine/${encodeURIComponent(locationSlug)}/${day}`,
  /** The day plan with the staff member's counter chosen in the call-up form (after they called someone). */
  dayPlanAtCounter: (locationSlug: string, day: string, counterId: string) =>
    `/verwaltung/termine/${encodeURIComponent(locationSlug)}/${day}?platz=${encodeURIComponent(counterId)}`,
  booking: (id: string) => `/verwaltung/termine/buchungen/${id}`,
  walkIn: (locationSlug: string) => `/verwaltung/termine/${encodeURIComponent(locationSlug)}/laufkundschaft`,
  callNext: (locationSlug: string) => `/verwaltung/termine/${encodeURIComponent(locationSlug)}/aufrufen`,
  /** The counters' actions on one booking (POST forms of the day plan and the booking page). */
  bookingCheckIn: (id: string) => `/verwaltung/termine/buchungen/${id}/einchecken`,
  bookingDone: (id: string) => `/verwaltung/termine/buchungen/${id}/erledigt`,
  bookingNoShow: (id: string) => `/verwaltung/termine/buchungen/${id}/nicht-erschienen`,
  /** Slot planning: locations with counters, opening hours, closures and release waves; services. */
  planning: '/verwaltung/termine/planung',
  planningLocation: (id: string) => `/verwaltung/termine/planung/standorte/${id}`,
  planningServices: '/verwaltung/termine/planung/dienstleistungen',
  planningClosures: '/verwaltung/termine/planung/schliesstage',
  // planning/: the pages below a location and a service, and the closures' removal.
  planningNewLocation: '/verwaltung/termine/planung/standorte/neu',
  planningLocationEdit: (id: string) => `/verwaltung/termine/planung/standorte/${id}/bearbeiten`,
  planningNewCounter: (locationId: string) => `/verwaltung/termine/planung/standorte/${locationId}/plaetze/neu`,
  planningCounter: (locationId: string, counterId: string) => `/verwaltung/termine/planung/standorte/${locationId}/plaetze/${counterId}`,
  planningHours: (locationId: string) => `/verwaltung/termine/planung/standorte/${locationId}/oeffnungszeiten`,
  planningWaves: (locationId: string) => `/verwaltung/termine/planung/standorte/${locationId}/freigaben`,
  planningNewService: '/verwaltung/termine/planung/dienstleistungen/neu',
  planningService: (id: string) => `/verwaltung/termine/planung/dienstleistungen/${id}`,
  planningClosureDelete: (id: string) => `/verwaltung/termine/planung/schliesstage/${id}/aufheben`,
  /** Waiting and service times, bookings and no-shows (charts with data tables). */
  statistics: '/verwaltung/termine/statistik',
} as const;

/** The API for the call-up display and the office's systems (api/; OpenAPI at `openapi`, a bearer token like /api/v1). */
export const API_PATHS = {
  openapi: '/api/v1/termine/openapi.json',
  locations: '/api/v1/termine/standorte',
  display: (slug: string) => `/api/v1/termine/standorte/${encodeURIComponent(slug)}/aufruf`,
  day: (slug: string, day: string) => `/api/v1/termine/standorte/${encodeURIComponent(slug)}/tage/${day}`,
  booking: (reference: string) => `/api/v1/termine/buchungen/${encodeURIComponent(reference)}`,
  checkIn: (reference: string) => `/api/v1/termine/buchungen/${encodeURIComponent(reference)}/einchecken`,
} as const;

/** A path function's route pattern for Fastify: `pattern(PATHS.location(':slug'))` (the functions encode the `:` of a parameter). */
export const pattern = (path: string): string => decodeURIComponent(path);
