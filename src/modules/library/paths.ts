/** Every URL of the library catalogue (views link, routes register, tests call). */
export const LIBRARY_PATHS = {
  catalogue: '/bildung/buecherei',
  record: (id: string) => `/bildung/buecherei/titel/${id}`,
  recordPattern: '/bildung/buecherei/titel/:id',
  openSearch: '/bildung/buecherei/opensearch.xml',
  sru: '/bildung/buecherei/sru',
} as const;

/** Record ids are UUIDs; anything else is answered with 404 before the database. */
export const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Control numbers (MARC 001) as catalogues write them: letters, digits and a few separators. */
export const CONTROL_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
