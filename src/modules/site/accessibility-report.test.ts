import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { mailOutbox } from '../../kernel/mail';
import { errorSummary } from '../../../tests/support/html';
import { personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { ACCESSIBILITY_REPORTS_PERMISSION } from './policies';
import { accessibilityReports } from './tables';

const FORM = '/barrierefreiheit/barriere-melden';

describe('accessibility reports', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  describe('Barriere melden', () => {
    beforeEach(() => t.reset());

    it('shows the form with labelled fields, hints and the CSRF token', async () => {
      const response = await t.client().get(FORM);
      assert.equal(response.statusCode, 200);
      for (const field of ['page', 'description', 'name', 'contact']) assert.match(response.body, new RegExp(`<label class="label" for="${field}">`));
      assert.match(response.body, /<textarea[^>]*maxLength="5000"|<textarea[^>]*maxlength="5000"/i);
      assert.match(response.body, /name="_csrf"/);
      assert.match(response.body, /autocomplete="email"/);
    });

    it('answers an empty description with 400, an error summary and the message at the field', async () => {
      const client = t.client();
      const response = await client.submit(FORM, { page: '/impressum', description: '   ' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /<title>Fehler: Barriere melden/);
      assert.match(response.body, /Es gibt ein Problem/);
      assert.match(errorSummary(response.body).find((entry) => entry.href === '#description')?.text ?? '', /^Beschreiben Sie das Problem/);
      assert.match(response.body, /<p id="description-error" class="error-message">/);
      assert.match(response.body, /aria-invalid="true"/);
      assert.match(response.body, /value="\/impressum"/, 'keeps what was typed');
      assert.equal((await t.db.select().from(accessibilityReports)).length, 0);
    });

    it('answers an invalid e-mail address with 400 and a message that says what to do', async () => {
      const response = await t.client().submit(FORM, { description: 'Der Knopf ist nicht erreichbar.', contact: 'keine-adresse' });
      assert.equal(response.statusCode, 400);
      assert.match(errorSummary(response.body).find((entry) => entry.href === '#contact')?.text ?? '', /^Geben Sie eine E-Mail-Adresse im richtigen Format an/);
      assert.match(response.body, /Der Knopf ist nicht erreichbar\./);
    });

    it('refuses an overlong description with 400', async () => {
      const response = await t.client().submit(FORM, { description: 'x'.repeat(5001) });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /höchstens 5\.000 Zeichen/);
    });

    it('stores a valid report, queues a mail to staff and a receipt, and redirects to the confirmation', async () => {
      const client = t.client();
      const response = await client.submit(FORM, {
        page: 'https://portal.test/kontakt',
        description: 'Der Kontrast der Fußzeile ist zu schwach.',
        name: 'Erika Muster',
        contact: 'Erika@Example.org',
      });
      assert.equal(response.statusCode, 303);
      const location = String(response.headers.location);
      assert.match(location, /^\/barrierefreiheit\/barriere-melden\/bestaetigung\?nummer=ISN-BF-\d{4}-000001$/);

      const [report] = await t.db.select().from(accessibilityReports);
      assert.ok(report);
      assert.equal(report.description, 'Der Kontrast der Fußzeile ist zu schwach.');
      assert.equal(report.page, 'https://portal.test/kontakt');
      assert.equal(report.contactEmail, 'erika@example.org');
      assert.equal(report.name, 'Erika Muster');
      assert.equal(report.status, 'open');

      await t.worker.runOnce();
      const mails = await t.db.select().from(mailOutbox).orderBy(asc(mailOutbox.id));
      assert.equal(mails.length, 2);
      const [staff, receipt] = mails;
      assert.equal(staff?.toAddress, t.config.municipality.accessibility.contactEmail);
      assert.match(staff!.subject, /^Barriere gemeldet: ISN-BF-/);
      assert.match(staff!.textBody, /Der Kontrast der Fußzeile ist zu schwach\./);
      assert.match(staff!.textBody, /erika@example\.org/);
      assert.ok(staff!.textBody.includes(`http://portal.test/verwaltung/barrieren/${report.id}`));
      assert.equal(staff?.status, 'local', 'delivered by the mail job (no SMTP in tests)');
      assert.equal(receipt?.toAddress, 'erika@example.org');
      assert.match(receipt!.textBody, /Ihre Vorgangsnummer: ISN-BF-\d{4}-000001/);
      assert.match(receipt!.textBody, /sechs Wochen/);
      assert.doesNotMatch(receipt!.textBody, /Kontrast|Erika Muster/, 'the receipt repeats nothing the person typed');

      const confirmation = await client.get(location);
      assert.equal(confirmation.statusCode, 200);
      assert.match(confirmation.body, /<h1>Ihre Meldung ist eingegangen<\/h1>/);
      assert.match(confirmation.body, /<strong>ISN-BF-\d{4}-000001<\/strong>/);
      assert.match(confirmation.body, /Wie es weitergeht/);
      assert.match(confirmation.body, /spätestens innerhalb von sechs Wochen/);
    });

    it('queues only the staff mail when no e-mail address is given', async () => {
      const response = await t.client().submit(FORM, { description: 'Das Video hat keine Untertitel.' });
      assert.equal(response.statusCode, 303);
      const mails = await t.db.select().from(mailOutbox);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.textBody, /keine E-Mail-Adresse angegeben/);
    });

    it('shows no reference taken from a malformed query', async () => {
      const response = await t.client().get('/barrierefreiheit/barriere-melden/bestaetigung?nummer=%3Cscript%3E');
      assert.equal(response.statusCode, 200);
      assert.doesNotMatch(response.body, /Vorgangsnummer/);
      assert.doesNotMatch(response.body, /<script>/);
    });

    it('limits valid reports per IP address to 5 an hour (429)', async () => {
      const client = t.client();
      for (let i = 1; i <= 5; i++) {
        const response = await client.submit(FORM, { description: `Meldung ${i}` });
        assert.equal(response.statusCode, 303, `report ${i}`);
      }
      const blocked = await client.submit(FORM, { description: 'Meldung 6' });
      assert.equal(blocked.statusCode, 429);
      assert.match(blocked.body, /Zu viele Versuche/);
      assert.equal((await t.db.select().from(accessibilityReports)).length, 5);
      const other = await t.app.inject({ method: 'GET', url: FORM, remoteAddress: '192.0.2.7' });
      assert.equal(other.statusCode, 200, 'the form itself stays reachable');
    });

    it('escapes report text everywhere staff see it', async () => {
      const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      await t.client().submit(FORM, { page: attack, description: attack, name: attack });
      const staff = await personWith(t, 'staff', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      const [report] = await t.db.select().from(accessibilityReports);
      for (const url of ['/verwaltung/barrieren', `/verwaltung/barrieren/${report!.id}`]) {
        const response = await staff.get(url);
        assert.equal(response.statusCode, 200);
        assert.ok(!response.body.includes('<script>alert(1)</script>'), `${url} escapes the script tag`);
        assert.ok(!response.body.includes('<img src=x'), `${url} escapes the img tag`);
        assert.ok(response.body.includes('&lt;script>alert(1)&lt;/script>') || response.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      }
    });
  });

  describe('Barrieremeldungen in the back office', () => {
    let reportId: string;
    beforeEach(async () => {
      await t.reset();
      await t.client().submit(FORM, { description: 'Erste Meldung' });
      await t.client().submit(FORM, { description: 'Zweite Meldung\n\nmit zwei Absätzen', contact: 'a@example.org' });
      const [newest] = await t.db.select().from(accessibilityReports).where(eq(accessibilityReports.description, 'Zweite Meldung\n\nmit zwei Absätzen'));
      reportId = newest!.id;
    });

    it('answers anonymous 401, citizens and staff without the permission 404 (the section is not there for them), staff with it and admins 200', async () => {
      const urls = ['/verwaltung/barrieren', `/verwaltung/barrieren/${reportId}`];
      for (const url of urls) assert.equal((await t.client().get(url)).statusCode, 401, `anonymous ${url}`);
      const citizen = await personWith(t, 'citizen', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      const otherStaff = await personWith(t, 'staff', { permissions: ['admin.feedback'] });
      const staff = await personWith(t, 'staff', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      const admin = await personWith(t, 'admin');
      for (const url of urls) {
        assert.equal((await citizen.get(url)).statusCode, 404, `citizen ${url}`);
        assert.equal((await otherStaff.get(url)).statusCode, 404, `staff without permission ${url}`);
        assert.equal((await staff.get(url)).statusCode, 200, `staff with permission ${url}`);
        assert.equal((await admin.get(url)).statusCode, 200, `admin ${url}`);
      }
      const post = await t.client().post(`/verwaltung/barrieren/${reportId}/status`, { status: 'closed' });
      assert.ok([401, 403].includes(post.statusCode), 'anonymous cannot change a status (no CSRF token: 403; with one: 401)');
      await citizen.get('/');
      await citizen.get('/barrierefreiheit/barriere-melden');
      assert.equal((await citizen.post(`/verwaltung/barrieren/${reportId}/status`, { status: 'closed' })).statusCode, 404);
    });

    it('links the list from the workspace navigation and "Meine Aufgaben" only for those who may see it', async () => {
      const staff = await personWith(t, 'staff', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      const workspace = (await staff.get('/verwaltung')).body;
      assert.match(workspace, /<a href="\/verwaltung\/barrieren">Barrieremeldungen<\/a>/);
      assert.match(
        workspace,
        /<span class="staff-task__count">2<\/span><a class="staff-task__link" href="\/verwaltung\/barrieren\?status=open">Neue Barrieremeldungen<\/a>/,
      );
      const other = await personWith(t, 'staff');
      assert.doesNotMatch((await other.get('/verwaltung')).body, /\/verwaltung\/barrieren/);
      const citizen = await personWith(t, 'citizen');
      assert.doesNotMatch((await citizen.get('/')).body, /\/verwaltung/);
    });

    it('lists reports newest first with status text, filters by status and shows the details', async () => {
      const staff = await personWith(t, 'staff', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      const list = await staff.get('/verwaltung/barrieren');
      assert.match(list.body, /<caption class="table__caption">Alle Meldungen \(2\)<\/caption>/);
      const second = list.body.indexOf('ISN-BF-');
      assert.ok(list.body.slice(second, second + 20).includes('000002'), 'newest first');
      assert.match(list.body, /<strong class="tag tag--warning">Offen<\/strong>/);
      const closed = await staff.get('/verwaltung/barrieren?status=closed');
      assert.match(closed.body, /Es gibt keine Meldungen mit diesem Status\./);

      const detail = await staff.get(`/verwaltung/barrieren/${reportId}`);
      assert.match(detail.body, /<p>Zweite Meldung<\/p><p>mit zwei Absätzen<\/p>/);
      assert.match(detail.body, /mailto:a@example\.org\?subject=/);
      assert.match(detail.body, /<legend class="legend">Status ändern<\/legend>/);
    });

    it('answers unknown and malformed ids with 404', async () => {
      const staff = await personWith(t, 'staff', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      assert.equal((await staff.get('/verwaltung/barrieren/00000000-0000-4000-8000-000000000000')).statusCode, 404);
      assert.equal((await staff.get('/verwaltung/barrieren/keine-uuid')).statusCode, 404);
    });

    it('sets the status, audits the change once and shows it', async () => {
      const staff = await personWith(t, 'staff', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      await staff.get(`/verwaltung/barrieren/${reportId}`);
      const response = await staff.post(`/verwaltung/barrieren/${reportId}/status`, { status: 'answered' });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/verwaltung/barrieren/${reportId}`);
      const [report] = await t.db.select().from(accessibilityReports).where(eq(accessibilityReports.id, reportId));
      assert.equal(report?.status, 'answered');

      const entries = await t.db.select().from(auditLog).where(eq(auditLog.objectId, reportId));
      assert.equal(entries.length, 1);
      assert.equal(entries[0]?.action, 'site.accessibility_report.status_changed');
      assert.equal(entries[0]?.actorId, staff.id);
      assert.deepEqual({ from: entries[0]?.details?.from, to: entries[0]?.details?.to }, { from: 'open', to: 'answered' });

      await staff.get(`/verwaltung/barrieren/${reportId}`);
      await staff.post(`/verwaltung/barrieren/${reportId}/status`, { status: 'answered' });
      assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.objectId, reportId))).length, 1, 'no entry without a change');

      const detail = await staff.get(`/verwaltung/barrieren/${reportId}`);
      assert.match(detail.body, /<strong class="tag tag--info">Beantwortet<\/strong>/);
    });

    it('answers an unknown status with 400 and the message at the field', async () => {
      const staff = await personWith(t, 'staff', { permissions: [ACCESSIBILITY_REPORTS_PERMISSION] });
      await staff.get(`/verwaltung/barrieren/${reportId}`);
      const response = await staff.post(`/verwaltung/barrieren/${reportId}/status`, { status: 'geloescht' });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(errorSummary(response.body), [{ href: '#status', text: 'Wählen Sie einen Status aus.' }]);
    });
  });
});
