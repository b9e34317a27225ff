import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { ACCOUNT_PATHS } from '../../accounts';
import { PATHS } from '../paths';
import { applicationMessages, applications } from '../tables';
import type { PersonalDataExport } from './use-cases/export-personal-data';
import { addStaffActivity, createApplication } from '../../../../tests/support/applications';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe('Meine Anträge: list, drafts and the data export', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('sends anonymous visitors to the login and back', async () => {
    const response = await t.app.inject(PATHS.mine);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/konto/anmelden?weiter=${encodeURIComponent(PATHS.mine)}`);
  });

  it('shows an empty state that leads to the Leistungen', async () => {
    const person = await citizen(t);
    const response = await person.get(PATHS.mine);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Sie haben noch keinen Antrag gestellt/);
    assert.match(response.body, /href="\/leistungen"/);
    assert.match(response.body, new RegExp(`href="${ACCOUNT_PATHS.myData}"`));
  });

  it('lists drafts, open and closed applications of the person only, with unread messages', async () => {
    const person = await citizen(t);
    const other = await citizen(t);
    const draft = await createApplication(t, { applicantId: person.id }, { status: 'draft' });
    const open = await createApplication(t, { applicantId: person.id });
    const closed = await createApplication(t, { applicantId: person.id }, { status: 'approved', closedAt: new Date() });
    const foreign = await createApplication(t, { applicantId: other.id });
    await addStaffActivity(t, open, { reason: 'Foto fehlt', note: 'intern', subject: 'Rückfrage', body: 'Bitte Foto' });
    const { body, statusCode } = await person.get(PATHS.mine);
    assert.equal(statusCode, 200);
    assert.match(body, /<h2 id="drafts-title">Entwürfe<\/h2>/);
    assert.ok(body.includes(`href="${PATHS.mineDelete(draft.id)}"`), 'draft can be deleted');
    assert.ok(body.includes(`href="/antraege/${draft.id}/`), 'draft can be continued');
    assert.ok(body.includes(`href="${PATHS.mineDetail(open.id)}">${open.reference}</a>`));
    assert.ok(body.includes(`href="${PATHS.mineDetail(closed.id)}">${closed.reference}</a>`));
    assert.match(body, /Rückfrage<\/strong>/);
    assert.match(body, /Bewilligt<\/strong>/);
    assert.match(body, /<strong>1 neue<\/strong>/);
    assert.ok(!body.includes(foreign.reference!), "another person's application is not listed");
  });

  it("deletes a draft after confirmation, audited; submitted applications and other people's drafts are refused", async () => {
    const person = await citizen(t);
    const other = await citizen(t);
    const draft = await createApplication(t, { applicantId: person.id }, { status: 'draft' });
    const submitted = await createApplication(t, { applicantId: person.id });
    assert.equal((await other.get(PATHS.mineDelete(draft.id))).statusCode, 404);
    const confirm = await person.get(PATHS.mineDelete(draft.id));
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Möchten Sie diesen Entwurf löschen\?/);
    assert.equal((await other.post(PATHS.mineDelete(draft.id))).statusCode, 404);
    const deleted = await person.post(PATHS.mineDelete(draft.id));
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, PATHS.mine);
    assert.equal((await t.db.select().from(applications).where(eq(applications.id, draft.id))).length, 0);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, draft.id));
    assert.equal(entry?.action, 'applications.draft_deleted');
    await person.get(PATHS.mine);
    const refused = await person.post(PATHS.mineDelete(submitted.id));
    assert.equal(refused.statusCode, 303);
    assert.equal((await t.db.select().from(applications).where(eq(applications.id, submitted.id))).length, 1);
  });

  it("exports only the person's own data, without internal notes", async () => {
    const person = await citizen(t);
    const other = await citizen(t);
    const mine = await createApplication(t, { applicantId: person.id });
    const theirs = await createApplication(t, { applicantId: other.id });
    await addStaffActivity(t, mine, { reason: 'Foto fehlt', note: 'Vermerk nur für die Verwaltung', subject: 'Rückfrage', body: 'Bitte Foto nachreichen' });
    await t.db
      .insert(applicationMessages)
      .values({ applicationId: theirs.id, direction: 'to_applicant', subject: 'Fremd', body: 'Geheimnis der anderen Person' });
    const old = await person.get(PATHS.personalData);
    assert.equal(old.statusCode, 301, 'the old address of the export leads to the portal-wide archive');
    assert.equal(old.headers.location, ACCOUNT_PATHS.myData);
    const response = await person.get(ACCOUNT_PATHS.myData);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /application\/json/);
    assert.match(String(response.headers['content-disposition']), /attachment/);
    assert.doesNotMatch(response.body, /Vermerk nur für die Verwaltung|Zugewiesen|Geheimnis der anderen Person/);
    const archive = JSON.parse(response.body) as { data: { accounts: { email: string }; applications: PersonalDataExport } };
    assert.equal(archive.data.accounts.email, person.email);
    const data = archive.data.applications;
    assert.deepEqual(
      data.applications.map((application) => application.reference),
      [mine.reference],
    );
    const [exported] = data.applications;
    assert.deepEqual(
      exported?.messages.map((message) => message.body),
      ['Bitte Foto nachreichen'],
    );
    assert.ok(exported?.history.some((event) => event.to === 'awaiting_citizen' && event.text === 'Foto fehlt'));
    assert.ok(exported?.history.every((event) => event.kind === 'status'));
  });
});
