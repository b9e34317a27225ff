/**
 * The sessions the logged-in page types need, made through HTTP as people make them: guests start
 * a Mängelmeldung and answer every page; the demo citizen and staff member log in through the login
 * form once each (it is rate-limited) and their cookie is reused by every connection.
 */
import { HttpUser, formFields, parseForms } from '../applications/http-user';
import type { Fixtures, GuestDraft, PageType } from './page-types';

const GUEST_SERVICE = 'maengelmeldung';
/** Valid answers for every page of the demo Mängelmeldung (src/modules/forms/demo/maengelmeldung.ts). */
const GUEST_ANSWERS: Record<string, Record<string, string>> = {
  mangel: { category: 'strasse', description: 'Schlagloch etwa 30 cm breit, mitten auf dem Radweg.' },
  ort: { location: 'Schillerplatz 7, vor dem Rathaus' },
  kontakt: { wantsFeedback: 'nein' },
};
const DEMO_PASSWORD = 'Iserlohn-Demo-2026';

function expectRedirect(step: string, response: { status: number; location: string | null; html: string }): string {
  if (response.status !== 303 || !response.location) throw new Error(`${step}: expected 303, got ${response.status}: ${response.html.slice(0, 300)}`);
  return response.location;
}

export async function guestDraft(baseUrl: string, index: number): Promise<GuestDraft> {
  const user = new HttpUser(baseUrl);
  const start = await user.request('start', `/leistungen/${GUEST_SERVICE}/antrag`);
  const guestForm = parseForms(start.html).find((form) => form.inputs.some((input) => input.type === 'email'));
  if (!guestForm) throw new Error(`the start page of ${GUEST_SERVICE} (${start.status}) has no guest form`);
  let location = expectRedirect('continue as guest', await user.submit('guest', guestForm, { email: `bench-pages-${index}@example.org` }));
  let first: { pagePath: string; pageBody: string } | undefined;
  for (let step = 0; step < 6 && !location.endsWith('/pruefen'); step += 1) {
    const page = await user.request('page', location);
    const form = parseForms(page.html).find((candidate) => candidate.inputs.some((input) => input.name === 'formVersion'));
    if (!form) throw new Error(`${location} (${page.status}) has no question form`);
    const answers = GUEST_ANSWERS[location.split('/').pop()!] ?? {};
    if (!first) {
      if (form.enctype !== 'application/x-www-form-urlencoded') {
        throw new Error(`${location}: the first page posts ${form.enctype}, the bench sends urlencoded`);
      }
      first = { pagePath: location, pageBody: new URLSearchParams([...formFields(form, answers)]).toString() };
    }
    location = expectRedirect(`POST ${location}`, await user.submit('answer', form, answers));
  }
  if (!first || !location.endsWith('/pruefen')) throw new Error(`the guest draft did not reach its check page (at ${location})`);
  const check = await user.request('check', location);
  if (check.status !== 200) throw new Error(`${location}: ${check.status}`);
  return { cookie: user.cookieHeader(), ...first, checkPath: location };
}

/** The demo people whose pages the bench loads: who they are and the list of their Anträge. */
export const DEMO_PEOPLE = {
  citizen: { email: 'buerger@iserlohn.example', listPath: '/konto/antraege' },
  staff: { email: 'sachbearbeitung@iserlohn.example', listPath: '/verwaltung/antraege' },
} as const;

/** Logs the person in through the login form; returns the session cookie and the first Antrag in their list. */
export async function login(baseUrl: string, { email, listPath }: { email: string; listPath: string }): Promise<{ cookie: string; detailPath: string }> {
  const user = new HttpUser(baseUrl);
  const page = await user.request('login page', '/konto/anmelden');
  const form = parseForms(page.html).find((candidate) => candidate.inputs.some((input) => input.type === 'password'));
  if (!form) throw new Error(`/konto/anmelden (${page.status}) has no login form`);
  expectRedirect(`login of ${email}`, await user.submit('login', form, { email, password: DEMO_PASSWORD }));
  const list = await user.request('list', listPath);
  // The detail link itself (closing quote): a draft's other links (delete, continue) go elsewhere.
  const id = new RegExp(`href="${listPath}/([0-9a-f-]{36})"`).exec(list.html)?.[1];
  if (list.status !== 200 || !id) throw new Error(`${listPath} for ${email} (${list.status}) links no Antrag`);
  return { cookie: user.cookieHeader(), detailPath: `${listPath}/${id}` };
}

/** The page of the demo catalogue's first title (a book with copies), found by its control number. */
async function libraryRecordPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/bildung/buecherei/titel/ISL0000001`, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 301 || !location) throw new Error(`/bildung/buecherei/titel/ISL0000001 answered ${response.status} without a new location`);
  return location;
}

/** The page of the first hotspot the map data lists (the demo's hotspots come from its feed). */
async function hotspotPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/wlan/hotspots.geojson`);
  const id = response.ok ? ((await response.json()) as { features: { id: string }[] }).features[0]?.id : undefined;
  if (!id) throw new Error(`/wlan/hotspots.geojson answered ${response.status} without a hotspot`);
  return `/wlan/hotspots/${encodeURIComponent(id)}`;
}

/** The first meeting, paper and Gremium /rat links (the council demo's: their ids differ per installation). */
async function councilPaths(baseUrl: string): Promise<Fixtures['council']> {
  const response = await fetch(`${baseUrl}/rat`);
  const html = await response.text();
  const first = (pattern: RegExp) => pattern.exec(html)?.[0];
  const meetingPath = first(/\/rat\/sitzungen\/[0-9a-f-]{36}/);
  const paperPath = first(/\/rat\/vorlagen\/[0-9a-f-]{36}/);
  const gremiumPath = first(/\/rat\/gremien\/[a-z0-9-]+(?=")/);
  if (!meetingPath || !paperPath || !gremiumPath) {
    throw new Error(`/rat answered ${response.status} without a meeting, a paper and a Gremium (is the council demo seeded?)`);
  }
  return { meetingPath, paperPath, gremiumPath };
}

/** The booking's pages for a Personalausweis at the first location: its month of free days and the first day's free times. */
async function appointmentPaths(baseUrl: string): Promise<Fixtures['appointments']> {
  const choices = '?dienst=personalausweis&anzahl-personalausweis=1&standort=rathaus';
  const monthPath = `/termine/buchen/tag${choices}`;
  const response = await fetch(`${baseUrl}${monthPath}`);
  const timesPath = /\/termine\/buchen\/uhrzeit\?[^"]*tag=\d{4}-\d{2}-\d{2}/.exec(await response.text())?.[0]?.replaceAll('&amp;', '&');
  if (!timesPath) throw new Error(`${monthPath} answered ${response.status} without a free day (is the Termine demo seeded?)`);
  return { locationPath: '/termine/standorte/rathaus', monthPath, timesPath };
}

/** The first measure /digitalisierung lists (the cockpit demo's; its slug is the town's). */
async function measurePath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/digitalisierung`);
  const path = /\/digitalisierung\/massnahmen\/[a-z0-9-]+(?=")/.exec(await response.text())?.[0];
  if (!path) throw new Error(`/digitalisierung answered ${response.status} without a measure (is the cockpit demo seeded?)`);
  return path;
}

/** Only what the selected page types need; what they do not need stays a value that fails loudly when used. */
export async function makeFixtures(baseUrl: string, pageTypes: PageType[], guests: number): Promise<Fixtures> {
  const needs = new Set(pageTypes.map((pageType) => pageType.needs));
  const missing = { cookie: '', detailPath: '/nicht-vorbereitet' };
  const drafts: GuestDraft[] = [];
  if (needs.has('guests')) for (let index = 0; index < guests; index += 1) drafts.push(await guestDraft(baseUrl, index));
  return {
    guests: drafts,
    libraryRecordPath: needs.has('library-record') ? await libraryRecordPath(baseUrl) : missing.detailPath,
    hotspotPath: needs.has('hotspot') ? await hotspotPath(baseUrl) : missing.detailPath,
    citizen: needs.has('citizen') ? await login(baseUrl, DEMO_PEOPLE.citizen) : missing,
    staff: needs.has('staff') ? await login(baseUrl, DEMO_PEOPLE.staff) : missing,
    council: needs.has('council')
      ? await councilPaths(baseUrl)
      : { meetingPath: missing.detailPath, paperPath: missing.detailPath, gremiumPath: missing.detailPath },
    appointments: needs.has('appointments')
      ? await appointmentPaths(baseUrl)
      : { locationPath: missing.detailPath, monthPath: missing.detailPath, timesPath: missing.detailPath },
    measurePath: needs.has('measure') ? await measurePath(baseUrl) : missing.detailPath,
  };
}
