import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { PATHS } from '../paths';
import { applicationMessages } from '../tables';
import { addStaffActivity, createApplication, guestCookie } from '../../../../tests/support/applications';
import { csrfTokenIn } from '../../../../tests/support/html';
import { outbox } from '../../../../tests/support/mail';
import { multipartBody } from '../../../../tests/support/multipart';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

const STAFF = {
  reason: 'Das Foto ist unscharf.',
  note: 'Vermerk: Halter prüfen',
  subject: 'Neues Foto nötig',
  body: 'Bitte laden Sie ein schärferes Foto hoch.',
};

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

    const sessionCookie = [
      cookie,
      ...[page.headers['set-cookie']]
        .flat()
        .filter(Boolean)
        .map((line) => String(line).split(';')[0]),
    ].join('; ');
    const { payload, headers } = multipartBody({ _csrf: csrfTokenIn(page.body), subject: 'Neues Foto', body: 'Anbei das Foto.' });
    const sent = await t.app.inject({ method: 'POST', url: PATHS.guestMessage(application.id), payload, headers: { ...headers, cookie: sessionCookie } });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    const stored = await t.db
      .select()
      .from(applicationMessages)
      .where(and(eq(applicationMessages.applicationId, application.id), eq(applicationMessages.direction, 'from_applicant')));
    assert.deepEqual(
      stored.map((message) => [message.subject, message.senderId]),
      [['Neues Foto', null]],
    );
    assert.ok(
      (await outbox(t)).some((mail) => mail.subject.includes(application.reference!)),
      'the department is told',
    );
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
