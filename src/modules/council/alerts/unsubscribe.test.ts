import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { parseHtml } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';
import type { TestApp } from '../../../../tests/support/test-app';
import { SEARCH_PATHS } from '../paths';
import { councilAlertSubscriptions, councilPapers } from '../tables';
import type { CouncilFixture } from '../test-support';
import { sendAlertDigests } from './digest';
import { alertJobs } from './jobs';
import { confirmToken, manageToken } from './tokens';
import { councilTestApp } from '../search/test-support';
import { ADDRESS, confirmedAlerts, DAY, h1 } from './test-support';

describe('council e-mail alerts: unsubscribing and expiry', () => {
  const council = councilTestApp();
  let t: TestApp;
  let fixture: CouncilFixture;
  beforeEach(() => ({ t, fixture } = council));
  const confirmedAlert = confirmedAlerts(() => t);

  it('unsubscribes by POST to the mail’s one-click link, never by opening it; forged and expired links are refused', async () => {
    const alert = await confirmedAlert({
      kind: 'gremium',
      organizationId: fixture.rat.id,
      targetKey: `gremium:${fixture.rat.id}`,
      label: 'Rat der Stadt Iserlohn',
    });
    await confirmedAlert({ kind: 'search', search: { q: 'Radweg' }, targetKey: 'search:radweg', label: 'Suche „Radweg“' });
    await t.db.update(councilPapers).set({ modified: new Date() });
    await sendAlertDigests(t.deps);
    const [digest] = await mailsTo(t, ADDRESS);
    const oneClick = /^<http:\/\/[^/]+(\/[^>]+)>$/.exec(digest!.headers['List-Unsubscribe'] ?? '')![1]!;
    const opened = await t.app.inject(oneClick);
    assert.equal(opened.statusCode, 200);
    assert.equal(h1(opened.body), 'Alle Benachrichtigungen abbestellen');
    assert.equal((await t.db.select().from(councilAlertSubscriptions)).length, 2, 'opening the link unsubscribes nobody');

    const forged = oneClick.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    for (const path of [forged, SEARCH_PATHS.unsubscribe(manageToken(t.config.secret, alert.id)), SEARCH_PATHS.unsubscribe('x')]) {
      assert.equal((await t.app.inject(path)).statusCode, 404, `GET ${path}`);
      assert.equal(
        (
          await t.app.inject({
            method: 'POST',
            url: path,
            payload: 'List-Unsubscribe=One-Click',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          })
        ).statusCode,
        404,
      );
    }
    assert.equal((await t.db.select().from(councilAlertSubscriptions)).length, 2);

    // The mail program's POST: no cookie, no CSRF token.
    const done = await t.app.inject({
      method: 'POST',
      url: oneClick,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(done.statusCode, 200);
    assert.equal(h1(done.body), 'Sie sind abgemeldet');
    assert.equal((await t.db.select().from(councilAlertSubscriptions)).length, 0, 'every alert of the address, and with them the address, is gone');
    // Twice is fine, and RFC 8058 allows the body as multipart/form-data too.
    const boundary = 'b0undary';
    const again = await t.app.inject({
      method: 'POST',
      url: oneClick,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    assert.ok(again.statusCode === 200 || again.statusCode === 303, `status ${again.statusCode}`);
  });

  it('unsubscribes one alert by the button of the management page', async () => {
    const first = await confirmedAlert({
      kind: 'gremium',
      organizationId: fixture.rat.id,
      targetKey: `gremium:${fixture.rat.id}`,
      label: 'Rat der Stadt Iserlohn',
    });
    await confirmedAlert({ kind: 'search', search: { q: 'Radweg' }, targetKey: 'search:radweg', label: 'Suche „Radweg“' });
    const client = t.client();
    const page = await client.get(SEARCH_PATHS.manage(manageToken(t.config.secret, first.id)));
    assert.equal(page.statusCode, 200);
    const forms = parseHtml(page.body).querySelectorAll('main form');
    assert.equal(forms.length, 3, 'one button per alert and one for all');
    const answer = await client.post(forms[1]!.getAttribute('action')!);
    assert.equal(answer.statusCode, 303);
    assert.equal(answer.headers.location, SEARCH_PATHS.unsubscribed);
    assert.deepEqual(
      (await t.db.select().from(councilAlertSubscriptions)).map((row) => row.label),
      ['Rat der Stadt Iserlohn'],
    );
    assert.equal((await t.app.inject(SEARCH_PATHS.manage(`${first.id}.list.${'A'.repeat(43)}`))).statusCode, 404, 'a forged management link');
  });

  it('refuses an expired confirmation link and deletes alerts never confirmed after three days', async () => {
    const [old] = await t.db
      .insert(councilAlertSubscriptions)
      .values({ email: ADDRESS, kind: 'search', search: { q: 'alt' }, targetKey: 'search:alt', label: 'alt', createdAt: new Date(Date.now() - 4 * DAY) })
      .returning();
    const [recent] = await t.db
      .insert(councilAlertSubscriptions)
      .values({ email: ADDRESS, kind: 'search', search: { q: 'neu' }, targetKey: 'search:neu', label: 'neu', createdAt: new Date(Date.now() - DAY) })
      .returning();
    const expired = SEARCH_PATHS.confirm(confirmToken(t.config.secret, recent!.id, new Date(Date.now() - 3 * DAY)));
    const client = t.client();
    await client.get(`${SEARCH_PATHS.newAlert}?gremium=${fixture.rat.slug}`);
    assert.equal((await client.get(expired)).statusCode, 410);
    assert.equal((await client.post(expired)).statusCode, 410);
    const forged = SEARCH_PATHS.confirm(confirmToken('another-secret-of-at-least-32-characters', recent!.id));
    assert.equal((await client.get(forged)).statusCode, 404);
    const [stillOpen] = await t.db.select().from(councilAlertSubscriptions).where(eq(councilAlertSubscriptions.id, recent!.id));
    assert.equal(stillOpen!.confirmedAt, null);

    const prune = alertJobs(t.deps).find((job) => job.kind === 'council.alerts.prune-unconfirmed')!;
    await prune.run({});
    assert.deepEqual(
      (await t.db.select().from(councilAlertSubscriptions)).map((row) => row.id),
      [recent!.id],
      `the one of four days ago (${old!.id}) is gone`,
    );
  });
});
