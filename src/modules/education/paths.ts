/** Every URL of the education hub (views link, routes register, tests call). */
export const PATHS = {
  home: '/bildung',
  calendar: '/bildung/kalender',
  calendarFeed: '/bildung/kalender.ics',
} as const;
