import assert from 'node:assert/strict';
import { sql, type SQL } from 'drizzle-orm';
import { seedDemo } from '../../src/bootstrap';
import { createApiToken, createUser, userDepartments, userPermissions } from '../../src/kernel/auth';
import { queryRows } from '../../src/kernel/db';
import type { ModuleManifest } from '../../src/kernel/module';
import { issueToken } from '../../src/modules/accounts/testing';
import { demoLogins } from '../../src/modules/admin';
import { createWebhook, saveDraftAnswers } from '../../src/modules/applications/testing';
import { demoExamples } from '../../src/modules/forms';
import { createBooking, insertCourse } from '../../src/modules/vhs/testing';
import { logInAs } from '../support/people';
import type { TestApp } from '../support/test-app';
import type { TestClient } from '../support/test-client';

/**
 * The demo installation as `demo:reset` leaves it, plus what only a visitor's journey creates
 * (a guest's draft and resume link, a citizen's draft with an upload field, a Barrieremeldung),
 * and the real ids of it all, so the bad input also reaches the handlers behind the existence checks.
 */

export const ACTORS = {
  citizen: 'buerger@iserlohn.example',
  staff: 'sachbearbeitung@iserlohn.example',
  /** Staff with every permission of every module, but in a department the demo staff is not in. */
  otherStaff: 'andere-abteilung-robust@example.org',
  admin: 'admin@iserlohn.example',
} as const;

/** The order of the actors in every run (the never-500 test names its cases after them). */
export const ACTOR_NAMES: ActorName[] = ['anonymous', 'citizen', 'staff', 'otherStaff', 'admin'];

export type ActorName = 'anonymous' | keyof typeof ACTORS;

export interface Actor {
  name: ActorName;
  client: TestClient;
  /** Bearer token sent with /api/ requests (the staff's department, or portal-wide for the admin). */
  apiToken?: string;
}

export type Binding = Record<string, string>;

export interface DemoWorld {
  actors: Actor[];
  /** Real values for a route's parameters, one binding per object the route can show. */
  bindings(route: string): Binding[];
  logIn(actor: Actor): Promise<void>;
}

interface ApplicationIds {
  id: string;
  fileId?: string;
  paymentId?: string;
  /** Every page of a draft (each can be edited), the first of a submitted application. */
  pageIds: string[];
}

/** Mängelmeldung: a Leistung guests may apply for, with a photo upload. */
const UPLOAD_SERVICE = 'maengelmeldung';

async function startDraft(client: TestClient, body: Record<string, string>): Promise<void> {
  await client.get(`/leistungen/${UPLOAD_SERVICE}/antrag`);
  const started = await client.post(`/leistungen/${UPLOAD_SERVICE}/antrag`, body);
  assert.equal(started.statusCode, 303, `draft started: ${started.body.slice(0, 300)}`);
}

async function applicationIds(t: TestApp, where: SQL): Promise<ApplicationIds[]> {
  const rows = await queryRows<{ id: string; status: string; file_id: string | null; payment_id: string | null; page_ids: string[] }>(
    t.db,
    sql`
    select a.id, a.status,
      (select f.id from application_files f where f.application_id = a.id limit 1) as file_id,
      (select p.id from application_payments p where p.application_id = a.id limit 1) as payment_id,
      (select jsonb_agg(page ->> 'id') from form_versions v, jsonb_array_elements(v.definition -> 'pages') page where v.id = a.form_version_id) as page_ids
    from applications a where ${where} order by a.created_at`,
  );
  return rows.map((row) => ({
    id: row.id,
    fileId: row.file_id ?? undefined,
    paymentId: row.payment_id ?? undefined,
    pageIds: row.status === 'draft' ? row.page_ids : row.page_ids.slice(0, 1),
  }));
}

async function single(t: TestApp, what: string, query: SQL): Promise<string> {
  const [row] = await queryRows<{ value: string }>(t.db, query);
  assert.ok(row, `the demo data has ${what}`);
  return String(row.value);
}

/** A department the demo staff is not in, and every permission the modules declare: sees the sections, never the other department's objects. */
async function createOtherDepartmentStaff(t: TestApp, modules: ModuleManifest[]): Promise<void> {
  const department = await single(
    t,
    'a department without the demo staff',
    sql`
    select d.id as value from departments d
    where d.id not in (select ud.department_id from user_departments ud join users u on u.id = ud.user_id where u.email = ${ACTORS.staff})
    order by d.id limit 1`,
  );
  const user = await createUser(t.db, {
    email: ACTORS.otherStaff,
    displayName: 'Andere Abteilung',
    password: demoLogins(t.config)!.password,
    emailVerified: true,
    role: 'staff',
  });
  await t.db.insert(userDepartments).values({ userId: user.id, departmentId: department });
  const permissions = modules.flatMap((module) => module.permissions ?? []).map((permission) => ({ userId: user.id, permission: permission.id }));
  await t.db.insert(userPermissions).values(permissions);
}

export async function buildDemoWorld(t: TestApp, modules: ModuleManifest[]): Promise<DemoWorld> {
  await seedDemo(t.deps, modules);
  await createOtherDepartmentStaff(t, modules);
  const actors: Actor[] = ACTOR_NAMES.map((name) => ({ name, client: t.client() }));
  const logIn = async (actor: Actor) => {
    if (actor.name === 'anonymous') return;
    // Earlier bad logins of this run must not lock the demo accounts out.
    await t.db.execute(sql`delete from rate_limits`);
    await logInAs(actor.client, ACTORS[actor.name], demoLogins(t.config)!.password);
  };
  for (const actor of actors) await logIn(actor);
  const [anonymous, citizen, staff, otherStaff, admin] = actors as [Actor, Actor, Actor, Actor, Actor];

  // What a visitor's journey creates: a guest's draft (its cookie stays with the anonymous actor), a citizen's draft with an upload page.
  await startDraft(anonymous.client, { email: 'gast-robust@example.org' });
  await startDraft(citizen.client, {});
  // Both answered as far as the demo example goes (without its placeholder photos), so every page of them can be opened.
  const example = { ...demoExamples().maengelmeldung.answers };
  delete example.photos;
  for (const row of await queryRows<{ id: string }>(t.db, sql`select id from applications where service_slug = ${UPLOAD_SERVICE} and status = 'draft'`)) {
    assert.ok(await saveDraftAnswers(t.db, row.id, example, 0), 'draft answered');
  }
  await anonymous.client.submit('/barrierefreiheit/barriere-melden', { description: 'Der Kontrast der Links ist zu schwach.' });
  const resumeMail = await single(
    t,
    "the guest's mail",
    sql`select text_body as value from mail_outbox where to_address = 'gast-robust@example.org' order by id desc limit 1`,
  );
  const resumeToken = /\/antraege\/fortsetzen\/([A-Za-z0-9_-]+)/.exec(resumeMail)?.[1];
  assert.ok(resumeToken, 'the guest got a resume link');

  // Staff and admin read the API as well; the admin's token sees every department.
  const staffDepartment = await single(
    t,
    'a department of the staff account',
    sql`select ud.department_id as value from user_departments ud join users u on u.id = ud.user_id where u.email = ${ACTORS.staff} order by 1 limit 1`,
  );
  staff.apiToken = (await createApiToken(t.db, { name: 'Robustheit Fachbereich', departmentId: staffDepartment })).token;
  admin.apiToken = (await createApiToken(t.db, { name: 'Robustheit alle' })).token;
  const otherDepartment = await single(
    t,
    "the other staff's department",
    sql`select ud.department_id as value from user_departments ud join users u on u.id = ud.user_id where u.email = ${ACTORS.otherStaff}`,
  );
  otherStaff.apiToken = (await createApiToken(t.db, { name: 'Robustheit andere Abteilung', departmentId: otherDepartment })).token;
  const apiTokenId = await single(t, 'an API token', sql`select id as value from api_tokens where name = 'Robustheit Fachbereich'`);
  const webhookId = (await createWebhook(t.db, { departmentId: staffDepartment, url: 'https://fachverfahren.example/robust' })).id;

  // The admin's user pages act on this account, never on the actors' own (a lock would end their run).
  const target = await createUser(t.db, {
    email: 'ziel-robust@example.org',
    displayName: 'Zielkonto Robustheit',
    password: `${demoLogins(t.config)!.password}-ziel`,
    emailVerified: true,
    role: 'staff',
  });
  const tokens = {
    confirm: await issueToken(t.db, target.id, 'confirm-email'),
    reset: await issueToken(t.db, target.id, 'reset-password'),
    change: await issueToken(t.db, target.id, 'change-email', 'neu-robust@example.org'),
  };

  const citizenId = await single(t, 'the citizen', sql`select id as value from users where email = ${ACTORS.citizen}`);
  const apps = [
    ...(await applicationIds(t, sql`a.applicant_id = ${citizenId}`)),
    ...(await applicationIds(t, sql`a.guest_email = 'gast-robust@example.org'`)),
    ...(await applicationIds(
      t,
      sql`a.id = (select id from applications where applicant_id is null and status <> 'draft' and department_id = ${staffDepartment} limit 1)`,
    )),
  ];
  const formVersion = await queryRows<{ form_key: string; version: number; id: string; page_id: string }>(
    t.db,
    sql`select form_key, version, id, definition -> 'pages' -> 0 ->> 'id' as page_id from form_versions where form_key = ${UPLOAD_SERVICE} limit 1`,
  );
  const form = formVersion[0]!;
  const values = {
    report: await single(t, 'a Barrieremeldung', sql`select id as value from accessibility_reports limit 1`),
    mail: await single(t, 'a mail', sql`select id as value from mail_outbox order by id limit 1`),
    transaction: await single(t, 'a test payment', sql`select id as value from application_test_payments limit 1`),
    otherService: await single(t, 'a Leistung without online application', sql`select slug as value from services where online_application = false limit 1`),
    gapReport: await single(t, 'a WLAN gap report', sql`select id as value from wlan_gap_reports limit 1`),
  };

  // VHS (webinars and staff pages): an online course running now, with a seat booked by the citizen.
  const vhsCourse = await insertCourse(t.db, { title: 'Robustheit online', sessionStarts: [new Date(Date.now() - 10 * 60_000)] });
  await createBooking(t.db, vhsCourse.id, citizenId, 'Robuste Teilnehmerin');

  // WLAN, import part (staff pages): the demo's own hotspot, its Freifunk feed source and that feed's import run.
  const wlan = {
    hotspot: await single(t, 'an own hotspot', sql`select id as value from wlan_hotspots where kind = 'own' limit 1`),
    source: await single(t, 'a feed source', sql`select id as value from wlan_feed_sources limit 1`),
    run: await single(t, 'an import run', sql`select id as value from wlan_import_runs limit 1`),
  };

  // Mitmachen (participation): a published demo idea and one of its comments.
  const participation = {
    idea: await single(t, 'a published idea', sql`select id as value from participation_ideas where visibility = 'published' order by created_at limit 1`),
    comment: await single(t, 'a comment', sql`select id as value from participation_comments order by created_at limit 1`),
  };

  // Cockpit measures: a demo measure with a milestone and a risk (the Bürgerplattform), and a published slug.
  const measure = {
    id: await single(t, 'a measure', sql`select id as value from cockpit_measures where slug = 'buergerplattform'`),
    milestone: await single(
      t,
      'a milestone',
      sql`select m.id as value from cockpit_milestones m join cockpit_measures c on c.id = m.measure_id where c.slug = 'buergerplattform' limit 1`,
    ),
    risk: await single(
      t,
      'a risk',
      sql`select r.id as value from cockpit_risks r join cockpit_measures c on c.id = r.measure_id where c.slug = 'buergerplattform' limit 1`,
    ),
  };

  const applicationBindings = (needs: string[]): Binding[] =>
    apps
      .filter((app) => needs.every((param) => param === 'id' || param === 'pageId' || app[param as 'fileId' | 'paymentId'] !== undefined))
      .flatMap((app) =>
        (needs.includes('pageId') ? app.pageIds : [undefined]).map((pageId) => ({
          id: app.id,
          fileId: app.fileId ?? '',
          paymentId: app.paymentId ?? '',
          pageId: pageId ?? '',
        })),
      );

  /**
   * By route prefix, because `:id` names different things. A new route with parameters gets only the
   * bad values until it is added here (it is still called by every actor).
   */
  const bindings = (route: string): Binding[] => {
    const params = [...route.matchAll(/:(\w+)/g)].map((match) => match[1]!);
    if (params.length === 0) return [{}];
    if (/^\/(antraege|konto\/antraege|verwaltung\/antraege|api\/v1\/applications)\/:id/.test(route)) return applicationBindings(params);
    if (route.startsWith('/verwaltung/barrieren/')) return [{ id: values.report }];
    if (route.startsWith('/verwaltung/wlan/luecken/')) return [{ id: values.gapReport }];
    if (route.startsWith('/verwaltung/benutzer/')) return [{ id: target.id }];
    if (route.startsWith('/verwaltung/postausgang/')) return [{ id: values.mail }];
    if (route.startsWith('/verwaltung/api-zugaenge/')) return [{ id: apiTokenId }];
    if (route.startsWith('/verwaltung/webhooks/')) return [{ id: webhookId }];
    if (route.startsWith('/verwaltung/formulare/fim-import/')) return [{ id: form.id }];
    if (route.startsWith('/verwaltung/formulare/:key')) return [{ key: form.form_key, pageId: form.page_id, version: String(form.version) }];
    if (route.startsWith('/testbezahldienst/')) return [{ transactionId: values.transaction }];
    if (route.startsWith('/leistungen/:slug')) return [{ slug: UPLOAD_SERVICE }, { slug: values.otherService }];
    if (route.startsWith('/verwaltung/vhs/kurse/:id')) return [{ id: vhsCourse.id, sessionId: vhsCourse.sessionIds[0]! }];
    if (route.startsWith('/bildung/vhs/kurse/:slug')) return [{ slug: vhsCourse.slug }];
    if (route.startsWith('/verwaltung/wlan/hotspots/:id')) return [{ id: wlan.hotspot }];
    if (route.startsWith('/verwaltung/wlan/feeds/:id')) return [{ id: wlan.source }];
    if (route.startsWith('/verwaltung/wlan/importe/:id')) return [{ id: wlan.run }];
    if (route.startsWith('/digitalisierung/bericht/')) return [{ file: '2025-q4.pdf' }, { file: '2025-q4' }];
    if (/^\/(verwaltung\/)?mitmachen\/vorschlaege\/:id/.test(route)) return [{ id: participation.idea }];
    if (/^\/(verwaltung\/)?mitmachen\/kommentare\/:id/.test(route)) return [{ id: participation.comment }];
    if (route.startsWith('/verwaltung/digitalisierung/massnahmen/:id/meilensteine/')) return [{ id: measure.id, part: measure.milestone }];
    if (route.startsWith('/verwaltung/digitalisierung/massnahmen/:id/risiken/')) return [{ id: measure.id, part: measure.risk }];
    if (route.startsWith('/verwaltung/digitalisierung/massnahmen/:id')) return [{ id: measure.id }];
    if (route.startsWith('/digitalisierung/massnahmen/:slug')) return [{ slug: 'buergerplattform' }];
    if (route.startsWith('/digitalisierung/kennzahlen/:')) return [{ slug: 'online-antraege' }];
    if (route.startsWith('/antraege/fortsetzen/')) return [{ token: resumeToken }];
    if (route.startsWith('/konto/bestaetigen/')) return [{ token: tokens.confirm }];
    if (route.startsWith('/konto/passwort-neu/')) return [{ token: tokens.reset }];
    if (route.startsWith('/konto/email-bestaetigen/')) return [{ token: tokens.change }];
    return [];
  };

  return { actors, bindings, logIn };
}
