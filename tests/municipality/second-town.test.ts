import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seedDemo } from '../../src/bootstrap';
import type { CurrentUser } from '../../src/kernel/auth';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { mailOutbox } from '../../src/kernel/mail';
import { demoLogins } from '../../src/modules/admin';
import { MODULES } from '../../src/registry';
import { createTestApp, type TestApp } from '../support/test-app';
import type { TestClient } from '../support/test-client';
import { crawl, type Fetched, type Visits } from './crawl';
import { logIn, openForm, reportDefectAsGuest, sendForm, SPAM_GUARD_SECONDS, type OpenForm } from './journeys';
import { bookFirstFreeCourse, createStaffAccount, openAppointmentDetails, returnCopyHeldFor } from './mail-journeys';
import { errorMessages } from '../support/html';
import { publicUrls, signedInUrls, type DeclaredUrl } from './manifest-urls';

/**
 * "A second municipality from day one": the portal configured for Menden (Sauerland), with the demo
 * content of its own pack, shows Menden everywhere and Iserlohn (the default) nowhere: on every
 * page reachable from the start page (as guest, demo citizen, staff and admin), in every PDF and
 * JSON export linked there, and in every e-mail the portal writes.
 */
const TOWN = /Menden/;
const DEFAULT_TOWN = /iserlohn/i;
// The Transparenzportal's datasets and publishers, the VHS courses with their calendar files, and /wlan
// with its exports, statistics, gap and host pages are reached before the Anträge's PDFs: room for all.
const PAGES_PER_ROLE = 340;
/** Objects read through the declared APIs' links (OParl: system, bodies, their lists, the first objects). */
const API_OBJECTS = 60;

let t: TestApp;
const fetched: Fetched[] = [];
const visits = new Map<string, Visits>();
const visitsOf = (role: string): Visits => visits.set(role, visits.get(role) ?? new Map()).get(role)!;

/** The demo account of `role` as the policies see it, to know which staff sections it may open. */
function demoActor(role: string): CurrentUser {
  const account = demoLogins(t.config)!.accounts.find((candidate) => candidate.role === role)!;
  return {
    id: account.email,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    emailVerified: true,
    departments: account.departments,
    permissions: new Set(account.permissions),
  };
}

/** Reached: answered 2xx, or redirected somewhere other than the login (a section's start page may redirect to its first list). */
function reached(role: string, url: string): boolean {
  const visit = visitsOf(role).get(url);
  if (!visit) return false;
  if (visit.status >= 200 && visit.status < 300) return true;
  return visit.status >= 300 && visit.status < 400 && !String(visit.location).startsWith('/konto/anmelden');
}

/** All a mail's reader sees: address, subject, body, the calendar files (lines unfolded) and extra header fields (List-Unsubscribe). */
function readableMail(mail: typeof mailOutbox.$inferSelect): string {
  const files = (mail.attachments ?? []).map((file) => file.content.replace(/\r\n[ \t]/g, ''));
  return [mail.toAddress, mail.subject, mail.textBody, ...files, ...Object.values(mail.headers ?? {})].join('\n');
}

function context(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return text.slice(Math.max(0, at - 80), at + 80).replace(/\s+/g, ' ');
}

/**
 * The modules' forms anyone may send without an account, each with a mail to the sender: a barrier
 * report (site), a council alert (council, double opt-in), a WLAN gap (wlan) and the details of an
 * appointment (appointments: the confirmation with its calendar file). Opened like pages, sent after
 * the spam guard's minimum time.
 */
async function writeWithoutAccount(crawled: Fetched[]): Promise<void> {
  const client = t.client();
  const barrier = MODULES.flatMap((module) => module.footerLinks ?? []).find((link) => link.label === 'Barriere melden')!.href;
  const alertPage = crawled.flatMap((item) => (item.kind === 'html' ? [...item.text.matchAll(/href="(\/rat\/benachrichtigungen\/neu\?[^"]+)"/g)] : []))[0]?.[1];
  assert.ok(alertPage, 'a council page links to an alert');
  const street = t.config.streets!.streets[0]!;
  const forms: { form: OpenForm; values: Record<string, string> }[] = [
    { form: await openForm(client, barrier, barrier), values: { description: 'Die Karte lässt sich nicht mit der Tastatur bedienen.', contact: SENDERS.site } },
    { form: await openForm(client, alertPage.replace(/&amp;/g, '&'), '/rat/benachrichtigungen/neu'), values: { email: SENDERS.council } },
    {
      form: await openForm(client, '/wlan/luecke-melden', '/wlan/luecke-melden'),
      values: { ort: `${street.name} 1`, beschreibung: 'Bushaltestelle', email: SENDERS.wlan },
    },
    { form: await openAppointmentDetails(client), values: { name: 'Erika Mustermann', email: SENDERS.appointments } },
  ];
  await new Promise((done) => setTimeout(done, SPAM_GUARD_SECONDS * 1000));
  for (const { form, values } of forms) {
    const response = await sendForm(client, form, values);
    assert.equal(response.statusCode, 303, `${form.action}: ${errorMessages(response.body).join(' | ') || response.body.slice(0, 300)}`);
  }
}

/** Whose address each module's journey gives (a guest's, a new account's): each gets a mail. */
const SENDERS = {
  accounts: 'neu@example.org',
  applications: 'gast@example.org',
  site: 'barriere@example.org',
  council: 'rat@example.org',
  wlan: 'wlan@example.org',
  appointments: 'termin@example.org',
  admin: 'kollegin@example.org',
};
/** The demo citizen's mails, told apart by subject: a password reset (accounts), a course booked (vhs), a hold ready (library). */
const CITIZEN_MAILS = { accounts: /Passwort/, vhs: /^Buchungsbestätigung/, library: /^Ihre Vormerkung liegt bereit/ };

/**
 * What the demo people do before their pages are crawled, each with a mail: the citizen books a VHS
 * course (from the course pages the guest saw), the admin books a copy's return at the lending desk
 * (the citizen's hold on it is ready) and creates a staff account (the link to set a password).
 */
const SIGNED_IN_MAILS: Partial<Record<string, (client: TestClient) => Promise<void>>> = {
  citizen: (client) => bookFirstFreeCourse(client, courseBookingPages(fetched)),
  admin: async (client) => {
    await returnCopyHeldFor(client, demoActor('citizen').displayName);
    const users = MODULES.flatMap((module) => module.staffSections ?? []).find((section) => section.label === 'Benutzerkonten')!.href;
    await createStaffAccount(client, users, { email: SENDERS.admin, displayName: 'Kim Kollegin' });
  },
};

/** The course pages' booking links among the pages crawled, each once, in the order met. */
function courseBookingPages(crawled: Fetched[]): string[] {
  const pages = crawled.flatMap((item) => (item.kind === 'html' ? [...item.text.matchAll(/href="(\/bildung\/vhs\/kurse\/[a-z0-9-]+\/buchen)"/g)] : []));
  return [...new Set(pages.map((match) => match[1]!))];
}

describe('a second municipality: Menden (Sauerland) from config/menden.json and its demo pack', { timeout: 120_000 }, () => {
  before(async () => {
    t = await createTestApp({ env: { CONFIG_FILE: resolve(PROJECT_ROOT, 'config/menden.json') } });
    await seedDemo(t.deps, MODULES);
    const logins = demoLogins(t.config)!;
    const byRole = (role: string) => logins.accounts.find((account) => account.role === role)!.email;

    // Mails: a registration, a guest's Mängelmeldung and a password reset of the demo citizen.
    const guest = t.client();
    const registered = await guest.submit('/konto/registrieren', {
      displayName: 'Erika Mustermann',
      email: SENDERS.accounts,
      password: 'Sonnenaufgang über der Hönne',
      privacy: 'ja',
    });
    assert.equal(registered.statusCode, 303, registered.body.slice(0, 500));
    await reportDefectAsGuest(t.client(), { email: SENDERS.applications });
    await t.client().submit('/konto/passwort-vergessen', { email: byRole('citizen') });

    // Every URL the manifests declare first (navigation, footer, open data with its exports and APIs, …),
    // then what they link. The WLAN gap and host pages are linked from /wlan, and started from as well:
    // the page limit may run out before.
    const guestStart = [
      '/',
      '/assets/logo',
      ...publicUrls(MODULES).map((declared) => declared.url),
      '/wlan/luecken',
      '/wlan/luecke-melden',
      '/wlan/freifunk-anbieten',
    ];
    fetched.push(...(await crawl(t.client(), guestStart, PAGES_PER_ROLE, visitsOf('guest'))));
    // The APIs the modules declare (OParl), followed through the links in their JSON to the objects.
    const apis = publicUrls(MODULES).filter((declared) => declared.hook === 'openData.api');
    fetched.push(
      ...(await crawl(
        t.client(),
        apis.map((api) => api.url),
        API_OBJECTS,
        visitsOf('api'),
        { followJson: true },
      )),
    );
    for (const role of ['citizen', 'staff', 'admin']) {
      const client = t.client();
      await logIn(client, byRole(role), logins.password);
      await SIGNED_IN_MAILS[role]?.(client);
      // Account and back-office pages first (every staff section this person may open): they link the PDFs and exports.
      const sections = signedInUrls(MODULES, demoActor(role)).map((declared) => declared.url);
      fetched.push(...(await crawl(client, [...sections, '/konto', '/verwaltung', '/admin', '/'], PAGES_PER_ROLE, visitsOf(role))));
    }
    await writeWithoutAccount(fetched);
    while ((await t.worker.runOnce()) > 0);
  });
  after(() => t.close());

  it('uses the keys, the pack and the demo logins of Menden', () => {
    assert.equal(t.config.municipality.gemeindeschluessel, '05962040');
    assert.equal(t.config.municipality.regionalschluessel, '059620040040');
    // The town's own addresses, and those of its companies (daten@stadtwerke-menden.example).
    const emails = demoLogins(t.config)!.accounts.map((account) => account.email);
    assert.deepEqual(
      emails.filter((email) => !/[@-]menden\.example$/.test(email)),
      [],
    );
  });

  it("reaches every URL each module's manifest declares: public pages, open data and APIs as guest, every staff section as admin", () => {
    const missed = (role: string, declared: DeclaredUrl[]) =>
      declared
        .filter(({ url }) => !reached(role, url))
        .map(({ module, hook, url }) => `${module} ${hook} ${url} (${visitsOf(role).get(url)?.status ?? 'not requested'})`);
    const guest = publicUrls(MODULES);
    const admin = signedInUrls(MODULES, demoActor('admin'));
    assert.deepEqual(missed('guest', guest), []);
    assert.deepEqual(missed('admin', admin), []);
    // The declared APIs answer their own links: objects, lists and files, none refused or broken.
    const api = [...visitsOf('api')];
    assert.ok(api.length >= 20, `${api.length} API objects read`);
    assert.deepEqual(
      api.filter(([, visit]) => visit.status >= 400).map(([url, visit]) => `${url} ${visit.status}`),
      [],
    );
    // Every module with a staff section admits the admin, so none is left out by its policy.
    const sections = MODULES.flatMap((module) => module.staffSections ?? []);
    assert.equal(admin.filter((declared) => declared.hook === 'staffSections').length, sections.length);
    // The offers of the platform contract are each among them, with pages of their own in the crawl.
    for (const module of ['appointments', 'council', 'wlan', 'library', 'vhs', 'opendata']) {
      const own = [...guest, ...admin].filter((declared) => declared.module === module);
      assert.ok(own.length >= 2, `${module} declares ${own.length} URLs`);
    }
  });

  it('crawled pages, PDFs (receipt and Bescheid) and JSON exports', () => {
    const count = (kind: Fetched['kind']) => fetched.filter((item) => item.kind === kind).length;
    assert.ok(count('html') >= 60, `${count('html')} pages`);
    assert.ok(
      count('pdf') >= 2,
      `${count('pdf')} PDFs: ${fetched
        .filter((item) => item.kind === 'pdf')
        .map((item) => item.url)
        .join(', ')}`,
    );
    assert.ok(count('json') >= 1, `${count('json')} JSON exports`);
  });

  it('names Menden and never Iserlohn on any page, PDF or export', () => {
    for (const item of fetched) {
      assert.ok(!DEFAULT_TOWN.test(item.text), `${item.url} (${item.kind}) names Iserlohn: …${context(item.text, DEFAULT_TOWN)}…`);
    }
    for (const item of fetched.filter((candidate) => candidate.kind === 'html' || candidate.kind === 'pdf')) {
      assert.ok(TOWN.test(item.readable), `${item.url} (${item.kind}) names the town`);
    }
  });

  it("names Menden and never Iserlohn in any mail of the outbox, and writes each module's mail", async () => {
    const mails = (await t.db.select().from(mailOutbox)).map((mail) => ({ to: mail.toAddress, subject: mail.subject, text: readableMail(mail) }));
    const citizen = demoActor('citizen').email;
    const expected = [
      ...Object.entries(SENDERS).map(([module, to]) => ({ module, to, subject: /./ })),
      ...Object.entries(CITIZEN_MAILS).map(([module, subject]) => ({ module, to: citizen, subject })),
    ];
    const own = expected.map(({ module, to, subject }) => ({ module, mails: mails.filter((mail) => mail.to === to && subject.test(mail.subject)) }));
    assert.deepEqual(
      own.filter((written) => written.mails.length === 0).map((written) => written.module),
      [],
      `a mail of each module; the outbox has ${mails.map((mail) => `${mail.to}: ${mail.subject}`).join(', ')}`,
    );
    for (const { module, mails: written } of own) {
      for (const mail of written) assert.ok(TOWN.test(mail.text), `${module}: mail "${mail.subject}" names the town:\n${mail.text}`);
    }
    // A notice to the town's own staff (a barrier report to its accessibility contact) need not say which town it is.
    const ownDomain = t.config.municipality.contact.email.split('@')[1]!;
    for (const mail of mails) {
      assert.ok(!DEFAULT_TOWN.test(mail.text), `mail "${mail.subject}" names Iserlohn: …${context(mail.text, DEFAULT_TOWN)}…`);
      assert.ok(TOWN.test(mail.text) || mail.to.endsWith(`@${ownDomain}`), `mail "${mail.subject}" names the town`);
    }
  });
});
