import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { links, parseHtml, tableRows } from '../../../tests/support/html';
import { personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { sendSms } from '../../kernel/sms';
import { ADMIN_PATHS } from './paths';

describe('admin: the SMS outbox', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('shows every SMS newest first with status in words, number and text with clickable links, linked from the mail outbox', async () => {
    const link = `${t.config.baseUrl}/termine/termin/abc123`;
    await sendSms(t.db, { to: '+491701234567', text: `Erinnerung: Ihr Termin morgen. Absagen: ${link}` });
    while ((await t.worker.runOnce()) > 0);
    await sendSms(t.db, { to: '+4915212345678', text: 'Zweite <Nachricht>' });
    const admin = await personWith(t, 'admin');
    assert.ok(links((await admin.get(ADMIN_PATHS.outbox)).body).some((found) => found.href === ADMIN_PATHS.smsOutbox));

    const response = await admin.get(ADMIN_PATHS.smsOutbox);
    assert.equal(response.statusCode, 200);
    const page = parseHtml(response.body);
    assert.equal(page.querySelector('h1')?.text, 'SMS-Ausgang');
    assert.deepEqual(
      tableRows(page).map((row) => row.slice(1)),
      [
        ['Wartet auf Versand', '+4915212345678', 'Zweite <Nachricht>'],
        ['Nur lokal (kein SMS-Anbieter)', '+491701234567', `Erinnerung: Ihr Termin morgen. Absagen: ${link}`],
      ],
    );
    assert.ok(links(page, 'table a').some((found) => found.href === link));
    assert.match(response.body, /nach 30 Tagen gelöscht/);
  });

  it('is for those who may read the mail outbox: 401 for visitors, 404 for citizens and staff without the permission', async () => {
    assert.equal((await t.client().get(ADMIN_PATHS.smsOutbox)).statusCode, 401);
    for (const person of [await personWith(t, 'citizen'), await personWith(t, 'staff', { permissions: ['admin.audit'] })]) {
      assert.equal((await person.get(ADMIN_PATHS.smsOutbox)).statusCode, 404, person.user.role);
    }
    assert.equal((await (await personWith(t, 'staff', { permissions: ['admin.outbox'] })).get(ADMIN_PATHS.smsOutbox)).statusCode, 200);
  });
});
