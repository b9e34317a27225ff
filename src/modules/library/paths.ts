/** Every URL of the library catalogue (views link, routes register, tests call). */
export const LIBRARY_PATHS = {
  catalogue: '/bildung/buecherei',
  record: (id: string) => `/bildung/buecherei/titel/${id}`,
  recordPattern: '/bildung/buecherei/titel/:id',
  openSearch: '/bildung/buecherei/opensearch.xml',
  sru: '/bildung/buecherei/sru',
} as const;

/** Control numbers (MARC 001) as catalogues write them: letters, digits and a few separators. */
export const CONTROL_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

// Lending, reader account, desk and DAIA (library-account).
const ACCOUNT = '/bildung/buecherei/konto';
const DESK = '/verwaltung/buecherei';

export const LENDING_PATHS = {
  /** Below a record page (the catalogue's `LIBRARY_PATHS.record`). */
  placeHold: (recordId: string) => `/bildung/buecherei/titel/${recordId}/vormerken`,
  daia: '/bildung/buecherei/daia',
  account: ACCOUNT,
  login: `${ACCOUNT}/anmelden`,
  logout: `${ACCOUNT}/abmelden`,
  renew: `${ACCOUNT}/verlaengern`,
  cancelHold: `${ACCOUNT}/vormerkung-loeschen`,
  unlink: `${ACCOUNT}/verbindung-loesen`,
  desk: DESK,
  deskReturn: `${DESK}/rueckgabe`,
  newReader: `${DESK}/leser/neu`,
  reader: (id: string) => `${DESK}/leser/${id}`,
  deskLend: (readerId: string) => `${DESK}/leser/${readerId}/ausleihen`,
  deskRenew: (readerId: string) => `${DESK}/leser/${readerId}/verlaengern`,
  deskCharge: (readerId: string) => `${DESK}/leser/${readerId}/gebuehr`,
  deskSettle: (readerId: string) => `${DESK}/leser/${readerId}/bezahlt`,
  deskPinLetter: (readerId: string) => `${DESK}/leser/${readerId}/pin-brief`,
  deskExtend: (readerId: string) => `${DESK}/leser/${readerId}/gueltigkeit`,
} as const;

/** Where the reader cookie is sent: the account and the record pages' hold form. */
export const READER_COOKIE_PATH = '/bildung/buecherei';
