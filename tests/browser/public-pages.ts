/**
 * Every public page the browser suite scans (axe at 1280 and 375 px, one h1, lang, title, skip
 * link, visible focus, no-JS). A new module adds one line per public page here.
 */
export interface PublicPage {
  path: string;
  /** Expected title before " – <Stadt>", when it is fixed. */
  title?: string;
  /** The page may not exist in every installation: a 404 skips its tests instead of failing them. */
  optional?: boolean;
  /** The page has a form whose empty submit must show the error summary ("Es gibt ein Problem"). */
  form?: boolean;
}

export const PUBLIC_PAGES: PublicPage[] = [
  // site
  { path: '/', title: 'Startseite' },
  { path: '/impressum' },
  { path: '/datenschutz' },
  { path: '/barrierefreiheit' },
  { path: '/barrierefreiheit/barriere-melden', form: true },
  { path: '/leichte-sprache' },
  { path: '/gebaerdensprache' },
  { path: '/kontakt', optional: true },
  // accounts
  { path: '/konto/anmelden', title: 'Anmelden', form: true },
  { path: '/konto/registrieren', title: 'Bürgerkonto anlegen', form: true },
  { path: '/konto/registrieren/bestaetigung' },
  { path: '/konto/bestaetigung-erneut', form: true },
  { path: '/konto/passwort-vergessen', form: true },
  { path: '/konto/passwort-vergessen/gesendet' },
  // services (Leistungskatalog; detail pages need the services demo data)
  { path: '/leistungen', title: 'Leistungen A–Z' },
  { path: '/leistungen?q=hund', title: 'Suche nach „hund“ – Leistungen A–Z' },
  { path: '/leistungen?q=Quantenchromodynamik', title: 'Suche nach „Quantenchromodynamik“ – Leistungen A–Z' },
  { path: '/leistungen/bewohnerparkausweis', title: 'Bewohnerparkausweis beantragen' },
  { path: '/leistungen/personalausweis', title: 'Personalausweis beantragen' },
  // appointments, booking (Termine; without the planning demo they say that nothing can be booked yet, so the
  // first step has no form here; every step with its errors: appointments.browser.ts on a fixture of its own)
  { path: '/termine', title: 'Termine' },
  { path: '/termine/buchen', title: 'Termin buchen: Ihr Anliegen', form: true },
  { path: '/termine/standorte/rathaus' },
  // search (portal-wide; hits from the services demo data)
  { path: '/suche?q=hund', title: 'Suche nach „hund“' },
  { path: '/suche?q=xyzxyz', title: 'Suche nach „xyzxyz“' },
  // transparency (the hub over open data, council information and the cockpit)
  { path: '/transparenz', title: 'Transparenz' },
  // opendata (Transparenzportal; datasets from the opendata demo pack)
  { path: '/daten', title: 'Offene Daten' },
  { path: '/daten/suche?q=haushalt', title: 'Suche nach „haushalt“ – Offene Daten' },
  // A typo: the page asks "Meinten Sie „haushalt“?".
  { path: '/daten/suche?q=haushallt', title: 'Suche nach „haushallt“ – Offene Daten' },
  { path: '/daten/suche?kategorie=tran&format=CSV', title: 'Datensätze finden – Offene Daten' },
  { path: '/daten/datensatz/parkhaeuser' },
  { path: '/daten/datensatz/haushalt-ergebnisplan' },
  { path: '/daten/datensatz/nutzung-des-transparenzportals' },
  { path: '/daten/organisationen', title: 'Organisationen – Offene Daten' },
  { path: '/daten/organisation/stadtwerke-iserlohn' },
  // education (hub and calendar over the VHS's and the library's events)
  { path: '/bildung', title: 'Bildung' },
  { path: '/bildung/kalender', title: 'Veranstaltungskalender' },
  // vhs (course catalogue; courses from the vhs demo pack)
  { path: '/bildung/vhs', title: 'Kursprogramm – Volkshochschule' },
  { path: '/bildung/vhs?q=yoga&frei=ja', title: 'Suche nach „yoga“ – Volkshochschule' },
  { path: '/bildung/vhs/kurse/toepfern-fuer-anfaengerinnen-und-anfaenger-2001', title: 'Töpfern für Anfängerinnen und Anfänger' },
  { path: '/bildung/vhs/kurse/kuenstliche-intelligenz-im-bueroalltag-5010', title: 'Künstliche Intelligenz im Büroalltag' },
  { path: '/bildung/vhs/kurse/online-yoga-am-abend-3003', title: 'Online-Yoga am Abend' },
  // library (the catalogue; a title by its control number redirects to its page: ISL0000001 is a book with copies, ISL0000003 an e-book)
  { path: '/bildung/buecherei', title: 'Stadtbücherei Iserlohn: Katalog' },
  { path: '/bildung/buecherei?q=garten', title: 'Suche nach „garten“ – Stadtbücherei Iserlohn' },
  { path: '/bildung/buecherei?q=Quantenchromodynamik', title: 'Suche nach „Quantenchromodynamik“ – Stadtbücherei Iserlohn' },
  { path: '/bildung/buecherei?medium=ebook&sprache=ger&sortierung=neueste', title: 'Stadtbücherei Iserlohn: Katalog' },
  { path: '/bildung/buecherei/titel/ISL0000001', title: 'Die Hanse' },
  { path: '/bildung/buecherei/titel/ISL0000003', title: 'Unterwegs im Sauerland' },
  // wlan, import part (issue 12): the coverage statistics, charts with their data tables
  { path: '/wlan/statistik', title: 'Freies WLAN in Zahlen' },
  // library lending (reader login with card number and PIN)
  { path: '/bildung/buecherei/konto/anmelden', title: 'Anmelden mit dem Büchereiausweis', form: true },
  // wlan (map and list; near me by a street list label and with several matches; hotspot pages: wlan.browser.ts)
  { path: '/wlan', title: 'WLAN für alle: Freifunk und Hotspots' },
  { path: '/wlan?ort=Schillerplatz+7+%2858636%29', title: 'WLAN-Hotspots in der Nähe von Schillerplatz 7 (58636)' },
  { path: '/wlan?ort=Hauptstr&status=online', title: 'WLAN für alle: Freifunk und Hotspots' },
  { path: '/wlan/hotspots/rathaus-buergerbuero', title: 'WLAN-Hotspot Rathaus, Bürgerbüro' },
  // wlan: coverage gaps and hosting Freifunk (wlan-gaps)
  { path: '/wlan/luecke-melden', title: 'WLAN-Lücke melden', form: true },
  { path: '/wlan/luecke-melden/bestaetigung?nummer=WLAN-2026-0042', title: 'Ihre Meldung ist eingegangen' },
  { path: '/wlan/luecken', title: 'Karte der WLAN-Lücken' },
  { path: '/wlan/freifunk-anbieten', title: 'Freifunk anbieten' },
  // council-search (issue 13): the papers' full-text search
  { path: '/rat/suche', title: 'Vorlagen durchsuchen – Ratsinformation' },
  { path: '/rat/suche?q=Radweg&sortierung=datum', title: 'Suche nach „Radweg“ – Ratsinformation' },
  // council-search: e-mail alerts (the links' pages need a signed token: alerts.test.ts)
  { path: '/rat/benachrichtigungen', title: 'E-Mail-Benachrichtigungen – Ratsinformation' },
  { path: '/rat/benachrichtigungen/neu?suche=ja&q=Radweg', title: 'Benachrichtigung einrichten', form: true },
  { path: '/rat/benachrichtigungen/angefordert', title: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' },
  { path: '/rat/benachrichtigungen/abgemeldet', title: 'Sie sind abgemeldet' },
  // council: the public pages at /rat (council-pages; meetings, papers, persons and a Gremium: council.browser.ts)
  { path: '/rat', title: 'Ratsinformation' },
  { path: '/rat/sitzungen', title: 'Sitzungskalender' },
  { path: '/rat/sitzungen?zeit=vergangen', title: 'Sitzungskalender' },
  { path: '/rat/sitzungen?monat=2026-03', title: 'Sitzungskalender 03/2026' },
  { path: '/rat/gremien', title: 'Gremien' },
  { path: '/rat/gremien/rat' },
  { path: '/rat/karte', title: 'Karte der Ratsinformation' },
  // participation (Mitmachen; ideas from the participation demo pack; an idea, the form and the moderation: participation.browser.ts)
  { path: '/mitmachen', title: 'Mitmachen: Vorschläge' },
  { path: '/mitmachen?sortierung=unterstuetzt&status=adopted', title: 'Mitmachen: Vorschläge' },
  // cockpit measures: a published measure of the demo (unpublished ones are 404; the staff pages: admin.browser.ts)
  { path: '/digitalisierung/massnahmen/freies-wlan-und-freifunk', title: 'Freies WLAN und Freifunk' },
  // appointments-office: the waiting room's call-up display (a location of the appointments demo; with data: appointments-office.browser.ts)
  { path: '/termine/standorte/rathaus/aufruf' },
  // cockpit (issue 15): the public progress page with the measures and the live figures at a glance (after a recomputation:
  // admin.browser.ts), and an area's figures with their charts and data tables (the demo computes the figures once)
  { path: '/digitalisierung', title: 'Digitalisierung' },
  { path: '/digitalisierung/kennzahlen/online-antraege', title: 'Kennzahlen: Online-Anträge' },
];
