import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, like } from 'drizzle-orm';
import { auditLog } from '../../../../kernel/audit';
import { users } from '../../../../kernel/auth';
import { errorMessages, errorSummary, tableRows, textOf } from '../../../../../tests/support/html';
import { actorOf, citizen, type Person } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { councilViewerOf } from '../../policies';
import { councilMemberAccounts } from '../../tables';
import { insertCouncilFixture, type CouncilFixture } from '../../test-support';
import { councilStaff } from '../test-support';

describe('council staff: Ratsmitglieder', () => {
  let t: TestApp;
  let staff: Person;
  let member: Person;
  let fixture: CouncilFixture;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    staff = await councilStaff(t);
    member = await citizen(t, { email: 'anna.muster@example.org', displayName: 'Anna Muster' });
    fixture = await insertCouncilFixture(t.db);
  });
  after(() => t.close());

  const link = (email: string, personId: string) => staff.submit(STAFF_ENTRY_PATHS.members, { email, personId });
  const links = () => t.db.select().from(councilMemberAccounts);

  it('links an account by its e-mail address; the list shows the person with the current Gremien, Mein Konto the role', async () => {
    const linked = await link('Anna.Muster@example.org', fixture.persons.anna);
    assert.equal(linked.statusCode, 303);
    const list = await staff.get(STAFF_ENTRY_PATHS.members);
    assert.match(textOf(list.body), /Das Konto anna\.muster@example\.org ist als Anna Muster verknüpft/);
    const [row] = tableRows(list.body);
    assert.deepEqual(row!.slice(0, 3), [
      'Anna Muster',
      'Anna Muster (anna.muster@example.org)',
      'Ausschuss für Planung und Stadtentwicklung, Fraktion Bündnis 90/Die Grünen, Rat der Stadt Iserlohn',
    ]);
    // The person is no longer offered in the link form.
    assert.doesNotMatch(list.body, new RegExp(`option value="${fixture.persons.anna}"`));
    const viewer = await councilViewerOf(actorOf(member), t.db, '2026-03-10');
    assert.equal(viewer.kind, 'member');
    const account = await member.get('/konto');
    assert.match(textOf(account.body), /Ratsmitglied Ihr Konto ist als Anna Muster verknüpft\. Sie sehen die nichtöffentlichen Unterlagen von: Ausschuss/);
    const [entry] = await t.db.select().from(auditLog).where(like(auditLog.action, 'council.%'));
    assert.deepEqual([entry!.action, entry!.objectId], ['council.member.linked', fixture.persons.anna]);
  });

  it('refuses an unknown address, a missing person and links that exist, with 400 at the fields', async () => {
    const empty = await staff.submit(STAFF_ENTRY_PATHS.members, { email: '', personId: '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(
      errorSummary(empty.body).map((error) => error.href),
      ['#email', '#personId'],
    );
    const unknown = await link('niemand@example.org', fixture.persons.anna);
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(errorMessages(unknown.body), ['Unter dieser E-Mail-Adresse gibt es kein Konto. Die Person muss sich zuerst im Portal registrieren.']);
    assert.match(unknown.body, /value="niemand@example.org"/);
    assert.equal((await link(member.email, fixture.persons.anna)).statusCode, 303);
    const twice = await link(member.email, fixture.persons.beate);
    assert.deepEqual(errorMessages(twice.body), ['Dieses Konto ist schon mit einer Person verknüpft. Lösen Sie zuerst die bestehende Verknüpfung.']);
    const other = await citizen(t);
    const taken = await link(other.email, fixture.persons.anna);
    assert.equal(taken.statusCode, 400);
    assert.deepEqual(errorMessages(taken.body), ['Diese Person ist schon mit einem anderen Konto verknüpft.']);
    assert.equal((await links()).length, 1);
  });

  it('unlinks: the account sees only what everyone sees; audited', async () => {
    await link(member.email, fixture.persons.anna);
    const unlinked = await staff.submit(STAFF_ENTRY_PATHS.members, {}, STAFF_ENTRY_PATHS.unlinkMember(member.id));
    assert.equal(unlinked.statusCode, 303);
    assert.deepEqual(await links(), []);
    const viewer = await councilViewerOf(actorOf(member), t.db, '2026-03-10');
    assert.equal(viewer.kind, 'public');
    assert.doesNotMatch(textOf((await member.get('/konto')).body), /Ratsmitglied/);
    assert.equal((await staff.post(STAFF_ENTRY_PATHS.unlinkMember(member.id), {})).statusCode, 404);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, 'council.%'))).map((row) => row.action);
    assert.deepEqual(actions, ['council.member.linked', 'council.member.unlinked']);
  });

  it('loses the link when the account is deleted, by the foreign key alone', async () => {
    await link(member.email, fixture.persons.anna);
    await t.db.delete(users).where(eq(users.id, member.id));
    assert.deepEqual(await links(), []);
  });
});
