import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { parseHtml, textOf } from '../../../../tests/support/html';
import { createAccount, logInAs } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import type { CurrentUser } from '../../../kernel/auth';
import { linkMember } from '../pages/test-support';
import { councilTestApp } from '../search/test-support';
import { councilAlertSubscriptions } from '../tables';
import type { CouncilFixture } from '../test-support';
import { alertOverview, alertPersonalData } from './account-hooks';
import { ADDRESS, confirmedAlerts } from './test-support';

describe('council e-mail alerts on Mein Konto, in "Meine Daten" and at account deletion', () => {
  const council = councilTestApp();
  let t: TestApp;
  let fixture: CouncilFixture;
  beforeEach(() => ({ t, fixture } = council));
  const confirmedAlert = confirmedAlerts(() => t);

  /** Two alerts of ADDRESS (one not confirmed yet) and one of somebody else. */
  async function alertsOfTwoAddresses() {
    await confirmedAlert({ kind: 'search', search: { q: 'Radweg' }, targetKey: 'search:radweg', label: 'Suche „Radweg“' });
    await t.db.insert(councilAlertSubscriptions).values([
      { email: ADDRESS, kind: 'gremium', organizationId: fixture.rat.id, targetKey: `gremium:${fixture.rat.id}`, label: 'Rat der Stadt Iserlohn' },
      { email: 'nachbar@example.org', kind: 'search', search: { q: 'Schule' }, targetKey: 'search:schule', label: 'Suche „Schule“' },
    ]);
  }

  async function loggedIn(emailVerified = true) {
    const user = await createAccount(t, { email: ADDRESS, emailVerified });
    const client = t.client();
    await logInAs(client, ADDRESS);
    return { client, user };
  }

  const card = (html: string) => {
    const title = [...parseHtml(html).querySelectorAll('h3.card__title')].find((node) => textOf(node).includes('Benachrichtigungen aus dem Rat'));
    return title && { title: textOf(title), text: textOf(title.parentNode!), href: title.parentNode!.querySelector('a')?.getAttribute('href') };
  };

  it("shows the address's alerts on Mein Konto, linked to the page that ends each, and nobody else's", async () => {
    await alertsOfTwoAddresses();
    const { client } = await loggedIn();
    const shown = card((await client.get('/konto')).body);
    assert.ok(shown, 'the card is there');
    assert.equal(shown.title, 'Benachrichtigungen aus dem Rat');
    assert.match(shown.text, /Ihre Adresse hat 2 Benachrichtigungen: Suche „Radweg“; Rat der Stadt Iserlohn \(noch nicht bestätigt\)\./);
    assert.doesNotMatch(shown.text, /Schule/);
    const manage = await client.get(shown.href!);
    assert.equal(manage.statusCode, 200);
    const page = textOf(manage.body);
    assert.match(page, /Suche „Radweg“/);
    assert.match(page, /Rat der Stadt Iserlohn/);
    assert.doesNotMatch(page, /Schule/);
    assert.equal(parseHtml(manage.body).querySelectorAll('form[action^="/rat/benachrichtigungen/abmelden/"]').length, 3, 'one button each, and one for all');
  });

  it('combines the card with the role Ratsmitglied', async () => {
    await alertsOfTwoAddresses();
    const { client, user } = await loggedIn();
    await linkMember(t.db, user.id, fixture.persons.anna);
    const shown = card((await client.get('/konto')).body);
    assert.equal(shown?.title, 'Ratsmitglied und Benachrichtigungen aus dem Rat');
    assert.match(shown.text, /Ihr Konto ist als Anna Muster verknüpft\..*Ihre Adresse hat 2 Benachrichtigungen/);
  });

  it('lists them in "Meine Daten" and deletes them with the account, keeping the other address\'s', async () => {
    await alertsOfTwoAddresses();
    const { client } = await loggedIn();
    const archive = JSON.parse((await client.get('/konto/meine-daten.json')).body) as { data: { council?: { councilAlerts: Array<Record<string, unknown>> } } };
    const alerts = archive.data.council?.councilAlerts ?? [];
    assert.deepEqual(
      alerts.map(({ kind, follows, confirmed }) => ({ kind, follows, confirmed })),
      [
        { kind: 'Suche', follows: 'Suche „Radweg“', confirmed: true },
        { kind: 'Gremium', follows: 'Rat der Stadt Iserlohn', confirmed: false },
      ],
    );
    assert.ok(alerts.every((alert) => typeof alert.requestedAt === 'string'));
    assert.doesNotMatch(JSON.stringify(archive), /nachbar/);

    await client.get('/konto/loeschen');
    assert.equal((await client.post('/konto/loeschen', { password: 'Sonnenuntergang am Seilersee', confirm: 'ja' })).statusCode, 303);
    const left = await t.db.select({ email: councilAlertSubscriptions.email }).from(councilAlertSubscriptions);
    assert.deepEqual(
      left.map((row) => row.email),
      ['nachbar@example.org'],
    );
    const [deleted] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.deleted'));
    const notes = (deleted?.details as { notes: Array<{ module: string; what: string; count: number }> }).notes;
    assert.ok(notes.some((note) => note.module === 'council' && note.what === 'E-Mail-Benachrichtigungen aus dem Rat' && note.count === 2));
  });

  // An account with an unverified address cannot log in; the hooks are asked anyway (an admin deleting it, an export).
  it('shows, exports and deletes nothing for an account whose address is not verified', async () => {
    await alertsOfTwoAddresses();
    const user = await createAccount(t, { email: ADDRESS, emailVerified: false });
    const current: CurrentUser = { ...user, role: 'citizen', emailVerified: false, departments: [], permissions: new Set() };
    assert.equal(await alertOverview(current, t.deps), undefined);
    assert.equal(await alertPersonalData.export(current, t.deps), undefined);
    assert.deepEqual(await t.db.transaction((tx) => alertPersonalData.erase(current, tx, t.deps)), []);
    assert.equal((await t.db.select().from(councilAlertSubscriptions)).length, 3, 'the alerts its owner confirmed stay');
    assert.equal((await alertPersonalData.export({ ...current, emailVerified: true }, t.deps)) !== undefined, true, 'verified, the same account has them');
  });
});
