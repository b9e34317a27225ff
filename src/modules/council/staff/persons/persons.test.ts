import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, like } from 'drizzle-orm';
import { auditLog } from '../../../../kernel/audit';
import { errorMessages, errorSummary, tableRows, textOf } from '../../../../../tests/support/html';
import type { Person } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { councilMemberships, councilPersons } from '../../tables';
import { councilStaff, staffFixture } from '../test-support';

const PERSON = { formOfAddress: 'Herr', title: 'Dr.', givenName: 'Jens', familyName: 'Jansen', affix: '' };

describe('council staff: Personen and their memberships', () => {
  let t: TestApp;
  let staff: Person;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    staff = await councilStaff(t);
  });
  after(() => t.close());

  const audited = async () =>
    (await t.db.select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, 'council.%'))).map((row) => row.action);
  const personRow = async (id: string) => (await t.db.select().from(councilPersons).where(eq(councilPersons.id, id)))[0]!;

  it('adds a person with the name built from its parts, then a membership; the person’s modified moves with it', async () => {
    const saved = await staff.submit(STAFF_ENTRY_PATHS.newPerson, PERSON);
    assert.equal(saved.statusCode, 303);
    const [person] = await t.db.select().from(councilPersons);
    assert.deepEqual([person!.name, person!.title, person!.formOfAddress, person!.affix], ['Dr. Jens Jansen', ['Dr.'], 'Herr', null]);
    assert.equal(saved.headers.location, STAFF_ENTRY_PATHS.person(person!.id));
    const fixture = await staffFixture(t);
    const membership = {
      organizationId: fixture.committee.id,
      role: 'sachkundiger Bürger',
      startDate: '01.11.2025',
      endDate: '',
      onBehalfOfId: fixture.faction.id,
    };
    const added = await staff.submit(STAFF_ENTRY_PATHS.newMembership(person!.id), membership);
    assert.equal(added.statusCode, 303);
    const [row] = await t.db.select().from(councilMemberships).where(eq(councilMemberships.personId, person!.id));
    assert.deepEqual([row!.role, row!.votingRight, row!.startDate, row!.onBehalfOfId], ['sachkundiger Bürger', false, '2025-11-01', fixture.faction.id]);
    assert.ok((await personRow(person!.id)).modified > person!.modified);
    const page = await staff.get(STAFF_ENTRY_PATHS.person(person!.id));
    assert.deepEqual(tableRows(page.body)[0], [
      'Ausschuss für Planung und Stadtentwicklung',
      'sachkundiger Bürger',
      'nein',
      '01.11.2025 bis heute',
      'Fraktion Bündnis 90/Die Grünen',
    ]);
    assert.deepEqual(await audited(), ['council.body.created', 'council.person.created', 'council.membership.created']);
  });

  it('refuses missing names, an unknown form of address, a Gremium that is not offered and a non-Fraktion as Fraktion (400)', async () => {
    const response = await staff.submit(STAFF_ENTRY_PATHS.newPerson, { ...PERSON, formOfAddress: 'Eure Majestät', givenName: '', familyName: ' ' });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      errorSummary(response.body).map((error) => error.href),
      ['#formOfAddress', '#givenName', '#familyName'],
    );
    assert.match(response.body, /value="Dr\."/);
    const fixture = await staffFixture(t);
    const url = STAFF_ENTRY_PATHS.newMembership(fixture.persons.beate);
    const noGremium = await staff.submit(url, { organizationId: '', role: '' });
    assert.deepEqual(errorMessages(noGremium.body), ['Wählen Sie das Gremium aus.']);
    const forged = await staff.submit(url, { organizationId: '00000000-0000-4000-8000-000000000000' });
    assert.deepEqual(errorMessages(forged.body), ['Wählen Sie das Gremium aus.']);
    const notFaction = await staff.submit(url, {
      organizationId: fixture.committee.id,
      onBehalfOfId: fixture.rat.id,
      startDate: '1.1.2026',
      endDate: '31.12.2025',
    });
    assert.equal(notFaction.statusCode, 400);
    assert.deepEqual(errorMessages(notFaction.body), ['Das Ende muss nach dem Beginn liegen.']);
    const notFaction2 = await staff.submit(url, { organizationId: fixture.committee.id, onBehalfOfId: fixture.rat.id });
    assert.deepEqual(errorMessages(notFaction2.body), ['Wählen Sie eine Fraktion aus der Liste oder „keine“.']);
    const memberships = await t.db.select().from(councilMemberships).where(eq(councilMemberships.personId, fixture.persons.beate));
    assert.equal(memberships.length, 1);
  });

  it('ends a membership by editing it, and deletes one softly; another person’s membership is 404 here', async () => {
    const fixture = await staffFixture(t);
    const [membership] = await t.db.select().from(councilMemberships).where(eq(councilMemberships.personId, fixture.persons.beate));
    const url = STAFF_ENTRY_PATHS.membership(fixture.persons.beate, membership!.id);
    const edited = await staff.submit(url, {
      organizationId: fixture.rat.id,
      role: 'Mitglied',
      votingRight: 'ja',
      startDate: '01.11.2025',
      endDate: '28.02.2026',
    });
    assert.equal(edited.statusCode, 303);
    assert.equal((await t.db.select().from(councilMemberships).where(eq(councilMemberships.id, membership!.id)))[0]!.endDate, '2026-02-28');
    assert.equal((await staff.get(STAFF_ENTRY_PATHS.membership(fixture.persons.anna, membership!.id))).statusCode, 404);
    const deleted = await staff.submit(STAFF_ENTRY_PATHS.deleteObject('personen/mitgliedschaften', membership!.id), {});
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, STAFF_ENTRY_PATHS.person(fixture.persons.beate));
    assert.equal((await t.db.select().from(councilMemberships).where(eq(councilMemberships.id, membership!.id)))[0]!.deleted, true);
    assert.match(textOf((await staff.get(STAFF_ENTRY_PATHS.person(fixture.persons.beate))).body), /Die Person gehört keinem Gremium an/);
  });

  it('keeps an imported person read-only, memberships included', async () => {
    const fixture = await staffFixture(t);
    await t.db
      .update(councilPersons)
      .set({ sourceId: fixture.sourceId, externalUrl: 'https://ris.example.org/oparl/person/1' })
      .where(eq(councilPersons.id, fixture.persons.anna));
    const page = await staff.get(STAFF_ENTRY_PATHS.person(fixture.persons.anna));
    assert.match(textOf(page.body), /Nur lesbar/);
    assert.doesNotMatch(textOf(page.body), /Mitgliedschaft hinzufügen/);
    const before = await personRow(fixture.persons.anna);
    assert.equal((await staff.post(STAFF_ENTRY_PATHS.person(fixture.persons.anna), PERSON)).statusCode, 409);
    assert.equal((await staff.post(STAFF_ENTRY_PATHS.newMembership(fixture.persons.anna), { organizationId: fixture.rat.id })).statusCode, 409);
    assert.deepEqual(await personRow(fixture.persons.anna), before);
  });
});
