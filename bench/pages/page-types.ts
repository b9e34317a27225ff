/**
 * Every public page type the `pages` bench measures, with its goal (issue 9). A module with new
 * pages adds its rows here; `key` is what BENCH_PAGES selects (a key also selects the keys that
 * start with it and a hyphen: `leistungen` selects every catalogue row).
 */
import { SESSION_COOKIE } from '../../src/kernel/http';
import type { PageRequest } from './capture';

export type Database = 'PGlite' | 'PostgreSQL';
export type PageGroup = 'anonymous' | 'search' | 'logged-in';

export interface Goal {
  /** Least share of this page's replay limit. */
  share: Record<Database, number>;
  p99Ms: number;
}

/** Guest Antrag pages count as logged in: they carry a session. */
export const GOALS: Record<PageGroup, Goal> = {
  anonymous: { share: { PGlite: 0.08, PostgreSQL: 0.15 }, p99Ms: 50 },
  search: { share: { PGlite: 0.05, PostgreSQL: 0.1 }, p99Ms: 50 },
  'logged-in': { share: { PGlite: 0.05, PostgreSQL: 0.05 }, p99Ms: 100 },
};

/** One guest draft of the Mängelmeldung with every page answered (fixtures.ts makes them through HTTP). */
export interface GuestDraft {
  cookie: string;
  /** Its first question page and a valid urlencoded POST of it (with the CSRF token of its session). */
  pagePath: string;
  pageBody: string;
  checkPath: string;
}

export interface Fixtures {
  guests: GuestDraft[];
  /** A title's page of the demo catalogue (its id differs per installation). */
  libraryRecordPath: string;
  /** A hotspot page of the demo (the first hotspot of /wlan/hotspots.geojson). */
  hotspotPath: string;
  citizen: { cookie: string; detailPath: string };
  staff: { cookie: string; detailPath: string };
  /** The council demo's first meeting, paper and Gremium linked from /rat (their ids differ per installation). */
  council: { meetingPath: string; paperPath: string; gremiumPath: string };
  /** The Termine demo's first location and a Personalausweis booking's month and first free day (its days move with the calendar). */
  appointments: { locationPath: string; monthPath: string; timesPath: string };
  /** The first measure /digitalisierung links (the cockpit demo's). */
  measurePath: string;
}

export interface PageType {
  key: string;
  name: string;
  group: PageGroup;
  /** Which fixtures the request needs (made only when a selected page type needs them). */
  needs?: 'guests' | 'citizen' | 'staff' | 'library-record' | 'hotspot' | 'council' | 'appointments' | 'measure';
  /** Measured again after 3,000 generated Leistungen. */
  catalogue?: boolean;
  request: (fixtures: Fixtures) => PageRequest;
}

const get = (path: string, cookie?: string): PageRequest => ({ method: 'GET', path, expectStatus: 200, sessions: [{ cookie }] });
/** Each connection its own guest and draft (the replay answers every path alike). */
function guestRequest(guests: GuestDraft[], method: 'GET' | 'POST', of: (guest: GuestDraft) => { path: string; body?: string }): PageRequest {
  const sessions = guests.map((guest) => ({ cookie: guest.cookie, ...of(guest) }));
  return method === 'GET'
    ? { method, path: sessions[0]!.path, expectStatus: 200, sessions }
    : { method, path: sessions[0]!.path, expectStatus: 303, sessions, contentType: 'application/x-www-form-urlencoded' };
}
const search = (query: string) => `/leistungen?${new URLSearchParams(query).toString()}`;

/**
 * Keeps a request out of the page cache without making it a session. The cache answers every
 * request without a session or flash cookie of ours (kernel/http/page-cache.ts), so a foreign
 * cookie (`bench=uncached`) would still be a hit. A session token longer than 64 characters is
 * dropped before any query (kernel/http/session-context.ts): the page is rendered as for an
 * anonymous visitor whose search nobody asked for before, minus storing it in the cache.
 */
export const UNCACHED_COOKIE = `${SESSION_COOKIE}=${'uncached-'.repeat(8)}`;

/** The same search with UNCACHED_COOKIE: what a search costs that is not in the cache yet (issue 9). */
function withUncached(types: PageType[]): PageType[] {
  return types.flatMap((type) => [
    type,
    {
      ...type,
      key: `${type.key}-ungecacht`,
      name: `${type.name} (ungecacht)`,
      request: (fixtures: Fixtures) => ({ ...type.request(fixtures), sessions: [{ cookie: UNCACHED_COOKIE }] }),
    },
  ]);
}

export const PAGE_TYPES: PageType[] = [
  { key: 'leistungen', name: 'Leistungen A–Z', group: 'anonymous', catalogue: true, request: () => get('/leistungen') },
  {
    key: 'leistungen-lebenslage',
    name: 'Leistungen, Lebenslage Haustiere',
    group: 'anonymous',
    request: () => get(search('lebenslage=haustiere')),
  },
  ...withUncached([
    { key: 'leistungen-suche-wort', name: 'Suche „hund“', group: 'search', catalogue: true, request: () => get(search('q=hund')) },
    { key: 'leistungen-suche-zwei', name: 'Suche „hund anmelden“', group: 'search', catalogue: true, request: () => get(search('q=hund anmelden')) },
    {
      key: 'leistungen-suche-tippfehler',
      name: 'Suche „personalausweiss“ (Tippfehler)',
      group: 'search',
      catalogue: true,
      request: () => get(search('q=personalausweiss')),
    },
    { key: 'leistungen-suche-ohne', name: 'Suche ohne Treffer', group: 'search', catalogue: true, request: () => get(search('q=quantenchromodynamik')) },
    {
      key: 'leistungen-suche-lebenslage',
      name: 'Suche „anmelden“ + Lebenslage',
      group: 'search',
      catalogue: true,
      request: () => get(search('q=anmelden&lebenslage=haustiere')),
    },
    { key: 'suche', name: 'Portalsuche „hund“', group: 'search', catalogue: true, request: () => get('/suche?q=hund') },
  ]),
  { key: 'leistung', name: 'Leistung (Gewerbe anmelden)', group: 'anonymous', request: () => get('/leistungen/gewerbe-anmeldung') },
  // The Transparenzportal (issue 10) on the demo's open data: start page, search with and without filters, a dataset.
  { key: 'daten', name: 'Offene Daten (Start)', group: 'anonymous', request: () => get('/daten') },
  ...withUncached([
    { key: 'daten-suche', name: 'Datensuche „verkehr“', group: 'search', request: () => get('/daten/suche?q=verkehr') },
    {
      key: 'daten-suche-filter',
      name: 'Datensuche „einwohner“ + Organisation + Format',
      group: 'search',
      request: () => get('/daten/suche?q=einwohner&organisation=stadt-iserlohn&format=CSV'),
    },
    {
      key: 'daten-kategorie',
      name: 'Datensätze einer Kategorie, neueste zuerst',
      group: 'search',
      request: () => get('/daten/suche?kategorie=tran&sortierung=aktualisiert'),
    },
  ]),
  {
    key: 'daten-datensatz',
    name: 'Datensatz (Einwohner nach Stadtteil)',
    group: 'anonymous',
    request: () => get('/daten/datensatz/einwohner-stadtteile-altersgruppen'),
  },
  // The VHS course programme (issue 11) on the demo semester: catalogue, searches with and without filters, a course.
  { key: 'vhs', name: 'VHS-Kursprogramm', group: 'anonymous', request: () => get('/bildung/vhs') },
  ...withUncached([
    { key: 'vhs-suche', name: 'Kurssuche „englisch“', group: 'search', request: () => get('/bildung/vhs?q=englisch') },
    {
      key: 'vhs-suche-filter',
      name: 'Kurssuche „yoga“ + online + freie Plätze',
      group: 'search',
      request: () => get('/bildung/vhs?q=yoga&format=online&frei=ja'),
    },
  ]),
  { key: 'vhs-kurs', name: 'VHS-Kurs (Töpfern)', group: 'anonymous', request: () => get('/bildung/vhs/kurse/toepfern-fuer-anfaengerinnen-und-anfaenger-2001') },
  // The Transparenz hub over open data, council and the cockpit (its entries never change after start).
  { key: 'transparenz', name: 'Transparenz (Übersicht)', group: 'anonymous', request: () => get('/transparenz') },
  // The education hub and its calendar (ADR 18): every module's events merged; filters are exact values.
  { key: 'bildung', name: 'Bildung (Start mit nächsten Terminen)', group: 'anonymous', request: () => get('/bildung') },
  ...withUncached([
    { key: 'bildung-kalender', name: 'Veranstaltungskalender (4 Wochen)', group: 'search', request: () => get('/bildung/kalender') },
    {
      key: 'bildung-kalender-filter',
      name: 'Kalender, Angebot + Zielgruppe',
      group: 'search',
      request: () => get('/bildung/kalender?angebot=Stadtb%C3%BCcherei&zielgruppe=Kinder%20ab%204'),
    },
  ]),
  // The library catalogue (issue 11) on the demo's 3,000 generated records: A–Z, searches with and without facets, SRU, a title.
  { key: 'buecherei', name: 'Bücherei-Katalog A–Z', group: 'anonymous', request: () => get('/bildung/buecherei') },
  ...withUncached([
    { key: 'buecherei-suche', name: 'Katalogsuche „garten“', group: 'search', request: () => get('/bildung/buecherei?q=garten') },
    {
      key: 'buecherei-suche-filter',
      name: 'Katalogsuche „nacht“ + Medienart + Sprache',
      group: 'search',
      request: () => get('/bildung/buecherei?q=nacht&medium=book&sprache=ger'),
    },
    {
      key: 'buecherei-thema',
      name: 'Katalog: ein Thema, neueste zuerst',
      group: 'search',
      request: () => get('/bildung/buecherei?thema=Kochbuch&sortierung=neueste'),
    },
    {
      key: 'buecherei-sru',
      name: 'SRU searchRetrieve „garten“ (MARCXML)',
      group: 'search',
      request: () => get('/bildung/buecherei/sru?version=1.2&operation=searchRetrieve&query=garten&maximumRecords=10'),
    },
  ]),
  // WLAN (issue 12, import part): the coverage statistics over the demo's two years of hotspot days.
  { key: 'wlan-statistik', name: 'WLAN in Zahlen (Monate, Diagramme mit Tabellen)', group: 'anonymous', request: () => get('/wlan/statistik') },
  {
    key: 'buecherei-titel',
    name: 'Bücherei: ein Titel mit Exemplaren',
    group: 'anonymous',
    needs: 'library-record',
    request: ({ libraryRecordPath }) => get(libraryRecordPath),
  },
  // WLAN (issue 12): the map and list, near a street (the nearest 20; a street list label is cached, a typed variant
  // or the browser's position never is: the uncached rows measure those), a hotspot page, the map data export.
  { key: 'wlan', name: 'WLAN: Karte und Liste', group: 'anonymous', request: () => get('/wlan') },
  ...withUncached([
    { key: 'wlan-naehe', name: 'WLAN: die nächsten 20 zu einer Straße', group: 'search', request: () => get('/wlan?ort=Schillerplatz+7+%2858636%29') },
    { key: 'wlan-standort', name: 'WLAN: die nächsten 20 zum Standort', group: 'search', request: () => get('/wlan?breite=51.3765&laenge=7.6958') },
  ]),
  { key: 'wlan-hotspot', name: 'WLAN: ein Hotspot', group: 'anonymous', needs: 'hotspot', request: ({ hotspotPath }) => get(hotspotPath) },
  { key: 'wlan-geojson', name: 'WLAN: Kartendaten (GeoJSON)', group: 'anonymous', request: () => get('/wlan/hotspots.geojson') },
  // WLAN (issue 12), coverage gaps and hosting (wlan-gaps): the heat map on the demo reports (cached and not), the report form, the host page.
  ...withUncached([{ key: 'wlan-luecken', name: 'Karte der WLAN-Lücken', group: 'anonymous', request: () => get('/wlan/luecken') }]),
  { key: 'wlan-luecke-melden', name: 'WLAN-Lücke melden (Formular)', group: 'anonymous', request: () => get('/wlan/luecke-melden') },
  { key: 'wlan-freifunk', name: 'Freifunk anbieten', group: 'anonymous', request: () => get('/wlan/freifunk-anbieten') },
  // Digitalisierung (issue 15): the progress page with the measures and the kept live figures at a glance, an area's
  // figures with their charts and data tables (the heaviest of the demo's: 31 KB), a measure.
  { key: 'digitalisierung', name: 'Digitalisierung: Maßnahmen und Kennzahlen', group: 'anonymous', request: () => get('/digitalisierung') },
  {
    key: 'digitalisierung-kennzahlen',
    name: 'Digitalisierung: Kennzahlen eines Bereichs',
    group: 'anonymous',
    request: () => get('/digitalisierung/kennzahlen/freies-wlan'),
  },
  {
    key: 'digitalisierung-massnahme',
    name: 'Digitalisierung: eine Maßnahme',
    group: 'anonymous',
    needs: 'measure',
    request: ({ measurePath }) => get(measurePath),
  },
  // Digitalisierungs-Cockpit, exchange (issue 15): the open feed other towns read (goal p95 < 50 ms), kept until a cockpit table changes.
  {
    key: 'digitalisierung-feed',
    name: 'Digitalisierung: Austausch-Feed (JSON)',
    group: 'anonymous',
    request: () => get('/digitalisierung/austausch/v1/feed.json'),
  },
  // Ratsinformation (issue 13, council-pages): the landing page, the calendar as a list and as this month's grid,
  // a meeting with its agenda, a paper with its consultations, a Gremium with its members, the map.
  { key: 'rat', name: 'Ratsinformation: Startseite', group: 'anonymous', request: () => get('/rat') },
  { key: 'rat-kalender', name: 'Rat: Sitzungskalender (Liste)', group: 'anonymous', request: () => get('/rat/sitzungen') },
  {
    key: 'rat-monat',
    name: 'Rat: Sitzungskalender (Monat)',
    group: 'anonymous',
    request: () => get(`/rat/sitzungen?monat=${new Date().toISOString().slice(0, 7)}`),
  },
  { key: 'rat-sitzung', name: 'Rat: eine Sitzung mit Tagesordnung', group: 'anonymous', needs: 'council', request: ({ council }) => get(council.meetingPath) },
  { key: 'rat-vorlage', name: 'Rat: eine Vorlage mit Beratungsfolge', group: 'anonymous', needs: 'council', request: ({ council }) => get(council.paperPath) },
  { key: 'rat-gremium', name: 'Rat: ein Gremium mit Mitgliedern', group: 'anonymous', needs: 'council', request: ({ council }) => get(council.gremiumPath) },
  { key: 'rat-karte', name: 'Rat: Karte der Orte', group: 'anonymous', request: () => get('/rat/karte') },
  // The council papers' full-text search (council-search), cached and not: one word, words with a filter.
  ...withUncached([
    { key: 'rat-suche', name: 'Rat: Vorlagen suchen (ein Wort)', group: 'search', request: () => get('/rat/suche?q=Radweg') },
    {
      key: 'rat-suche-filter',
      name: 'Rat: Vorlagen suchen (Wörter, Art, Zeitraum)',
      group: 'search',
      request: () => get('/rat/suche?q=Radweg+Kosten&art=Beschlussvorlage&von=2026-01-01'),
    },
  ]),
  // Termine (issue 14): the start, a location, the booking's first question, a month of free days, a day's free times.
  { key: 'termine', name: 'Termine: Startseite', group: 'anonymous', request: () => get('/termine') },
  {
    key: 'termine-standort',
    name: 'Termine: ein Standort',
    group: 'anonymous',
    needs: 'appointments',
    request: ({ appointments }) => get(appointments.locationPath),
  },
  { key: 'termine-buchen', name: 'Termine: Wofür? (erste Frage)', group: 'anonymous', request: () => get('/termine/buchen?dienst=personalausweis') },
  {
    key: 'termine-tag',
    name: 'Termine: freie Tage eines Monats',
    group: 'anonymous',
    needs: 'appointments',
    request: ({ appointments }) => get(appointments.monthPath),
  },
  {
    key: 'termine-uhrzeit',
    name: 'Termine: freie Uhrzeiten eines Tages',
    group: 'anonymous',
    needs: 'appointments',
    request: ({ appointments }) => get(appointments.timesPath),
  },
  // Mitmachen (issue 15, participation): the ideas, newest first and filtered by status sorted by support, cached and not.
  ...withUncached([
    { key: 'mitmachen', name: 'Mitmachen: Vorschläge (neueste)', group: 'anonymous', request: () => get('/mitmachen') },
    {
      key: 'mitmachen-filter',
      name: 'Mitmachen: Vorschläge (Stand, meiste Unterstützung)',
      group: 'search',
      request: () => get('/mitmachen?sortierung=unterstuetzt&status=adopted'),
    },
  ]),
  {
    key: 'antrag-seite',
    name: 'Antrag (Gast): Seite GET',
    group: 'logged-in',
    needs: 'guests',
    request: ({ guests }) => guestRequest(guests, 'GET', (guest) => ({ path: guest.pagePath })),
  },
  {
    key: 'antrag-seite-post',
    name: 'Antrag (Gast): Seite POST → 303',
    group: 'logged-in',
    needs: 'guests',
    request: ({ guests }) => guestRequest(guests, 'POST', (guest) => ({ path: guest.pagePath, body: guest.pageBody })),
  },
  {
    key: 'antrag-pruefen',
    name: 'Antrag (Gast): Prüfseite',
    group: 'logged-in',
    needs: 'guests',
    request: ({ guests }) => guestRequest(guests, 'GET', (guest) => ({ path: guest.checkPath })),
  },
  {
    key: 'konto-antraege',
    name: 'Meine Anträge (Bürgerin)',
    group: 'logged-in',
    needs: 'citizen',
    request: ({ citizen }) => get('/konto/antraege', citizen.cookie),
  },
  { key: 'konto-antrag', name: 'Mein Antrag, Detail', group: 'logged-in', needs: 'citizen', request: ({ citizen }) => get(citizen.detailPath, citizen.cookie) },
  {
    key: 'verwaltung-antraege',
    name: 'Posteingang (Verwaltung)',
    group: 'logged-in',
    needs: 'staff',
    request: ({ staff }) => get('/verwaltung/antraege', staff.cookie),
  },
  {
    key: 'verwaltung-antrag',
    name: 'Antrag, Detail (Verwaltung)',
    group: 'logged-in',
    needs: 'staff',
    request: ({ staff }) => get(staff.detailPath, staff.cookie),
  },
];

/**
 * Bad input (issue 9): measured with 3,000 Leistungen and uncached (each such query is new to the
 * page cache); every answer must be 200 or 400 (or what `accept` names), never a 5xx.
 */
export interface BadInput {
  key: string;
  name: string;
  path: string;
  accept?: number[];
}

const LONG_QUERY = 'hund anmelden personalausweis '.repeat(334).slice(0, 10_000);

export const BAD_INPUTS: BadInput[] = [
  { key: 'bad-input-long', name: 'Suche mit 10.000 Zeichen', path: search(`q=${LONG_QUERY}`) },
  { key: 'bad-input-long-portal', name: 'Portalsuche mit 10.000 Zeichen', path: `/suche?${new URLSearchParams({ q: LONG_QUERY }).toString()}` },
  { key: 'bad-input-punctuation', name: 'Suche nur Satzzeichen', path: search(`q=!"§$%&/()=?*+'#-_.:,;<>|^°~`) },
  { key: 'bad-input-sql', name: 'Suche mit SQL', path: search(`q='; drop table users; --`) },
  { key: 'bad-input-tsquery', name: 'Suche mit tsquery-Syntax', path: search('q=hund & !katze | (a:*)') },
  { key: 'bad-input-emoji', name: 'Suche mit Emoji', path: search('q=🐕 hund 🚗💨') },
  { key: 'bad-input-scripts', name: 'Suche in gemischten Schriften', path: search('q=Hund собака 犬 كلب σκύλος') },
  { key: 'bad-input-filters', name: 'Alle Filter zugleich', path: search('q=hund&lebenslage=haustiere&fachbereich=steueramt&seite=2') },
  { key: 'bad-input-vhs-long', name: 'Kurssuche mit 10.000 Zeichen', path: `/bildung/vhs?${new URLSearchParams({ q: LONG_QUERY }).toString()}` },
  {
    key: 'bad-input-vhs-tsquery',
    name: 'Kurssuche mit tsquery-Syntax und falschem Datum',
    path: '/bildung/vhs?q=yoga%20%26%20!a%20%7C%20(b:*)&von=31.02.2027',
    accept: [400],
  },
  // The catalogue sends a page number beyond the end on to its last page.
  { key: 'bad-input-page', name: 'Seite hinter dem Ende', path: search('q=anmelden&seite=999'), accept: [200, 303, 400] },
];

/** A bad input's request: uncached, any status (the row checks `accept`). */
export function badInputRequest(input: BadInput): PageRequest {
  return { method: 'GET', path: input.path, expectStatus: 200, sessions: [{ cookie: UNCACHED_COOKIE }] };
}
