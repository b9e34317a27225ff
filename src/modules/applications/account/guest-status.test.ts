import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { guestCookie } from '../attachments/test-support';
import { csrfOf, multipartBody } from '../backoffice/test-support';
import { PATHS } from '../paths';
import { applicationMessages } from '../tables';
import { addStaffActivity, citizen, createApplication, outbox } from './test-support';

const STAFF = { reason: 'Das Foto ist unscharf.', note: 'Vermerk: Halter prüfen', subject: 'Neues Foto nötig', body: 'Bitte laden Sie ein schärferes Foto hoch.' };

describe('guests: status, messages and reply behind the resume link', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('shows the guest status, the reason and the message, never internal notes, and takes a reply', async () => {
    const application = await createApplication(t, { guestEmail: 'gast@example.org' });
    await addStaffActivity(t, application, STAFF);
    const cookie = guestCookie(t.config.secret, [application.id]);
    const page = await t.app.inject({ url: PATHS.guestStatus(application.id), headers: { cookie } });
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(STAFF.reason) && page.body.includes(STAFF.body));
    assert.doesNotMatch(page.body, /Halter prüfen|Zugewiesen/);
    assert.ok(page.body.includes(`action="${PATHS.guestMessage(application.id)}"`), 'the reply goes to the guest route');
    assert.ok(!page.body.includes(PATHS.mineWithdraw(application.id)), 'withdrawing online belongs to accounts');

    const sessionCookie = [cookie, ...[page.headers['set-cookie']].flat().filter(Boolean).map((line) => String(line).split(';')[0])].join('; ');
    const { payload, contentType } = multipartBody({ _csrf: csrfOf(page.body), subject: 'Neues Foto', body: 'Anbei das Foto.' }, []);
    const sent = await t.app.inject({ method: 'POST', url: PATHS.guestMessage(application.id), payload, headers: { cookie: sessionCookie, 'content-type': contentType } });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    const stored = await t.db.select().from(applicationMessages).where(and(eq(applicationMessages.applicationId, application.id), eq(applicationMessages.direction, 'from_applicant')));
    assert.deepEqual(stored.map((message) => [message.subject, message.senderId]), [['Neues Foto', null]]);
    assert.ok((await outbox(t)).some((mail) => mail.subject.includes(application.reference!)), 'the department is told');
  });

  it('answers 404 without the cookie, with another guest’s cookie, and for account applications', async () => {
    const application = await createApplication(t, { guestEmail: 'gast@example.org' });
    const other = await createApplication(t, { guestEmail: 'andere@example.org' });
    for (const cookie of ['', guestCookie(t.config.secret, [other.id]), 'sp_antraege=forged.forged']) {
      assert.equal((await t.app.inject({ url: PATHS.guestStatus(application.id), headers: { cookie } })).statusCode, 404);
    }
    const owned = await createApplication(t, { applicantId: (await citizen(t)).id });
    assert.equal((await t.app.inject({ url: PATHS.guestStatus(owned.id), headers: { cookie: guestCookie(t.config.secret, [owned.id]) } })).statusCode, 404);
  });
});
