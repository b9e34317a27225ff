/** Every URL of the library module in one place (views link, routes register, tests call). */

// Lending, reader account, desk and DAIA (library-account).
const ACCOUNT = '/bildung/buecherei/konto';
const DESK = '/verwaltung/buecherei';

export const LENDING_PATHS = {
  /** A record page (the catalogue's); the hold form posts below it. */
  record: (id: string) => `/bildung/buecherei/titel/${id}`,
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

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
