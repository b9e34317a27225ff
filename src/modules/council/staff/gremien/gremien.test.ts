import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../../kernel/audit';
import { errorMessages, errorSummary, tableRows, textOf } from '../../../../../tests/support/html';
import type { Person } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { councilBodies, councilMemberships, councilOrganizations } from '../../tables';
import { councilStaff, organizationRow, staffFixture } from '../test-support';

const GREMIUM = {
  name: 'Ausschuss für Umwelt, Klima und Mobilität',
  shortName: 'AUKM',
  organizationType: 'Gremium',
  classification: 'Ausschuss',
  startDate: '1.11.2025',
  endDate: '',
};

describe('council staff: Gremien', () => {
  let t: TestApp;
  let staff: Person;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    staff = await councilStaff(t);
  });
  after(() => t.close());

  const audited = async () => (await t.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action);

  it('adds the first Gremium to a body made from the municipality file, with a page name from the short name; audited', async () => {
    const saved = await staff.submit(STAFF_ENTRY_PATHS.newGremium, GREMIUM);
    assert.equal(saved.statusCode, 303);
    const [body] = await t.db.select().from(councilBodies);
    assert.equal(body!.ags, t.deps.config.municipality.gemeindeschluessel);
    const [gremium] = await t.db.select().from(councilOrganizations);
    assert.deepEqual(
      [gremium!.bodyId, gremium!.slug, gremium!.name, gremium!.startDate, gremium!.endDate, gremium!.sourceId],
      [body!.id, 'aukm', GREMIUM.name, '2025-11-01', null, null],
    );
    const again = await staff.submit(STAFF_ENTRY_PATHS.newGremium, { ...GREMIUM, name: 'Arbeitskreis Mobilität' });
    assert.equal(again.statusCode, 303);
    const slugs = (await t.db.select({ slug: councilOrganizations.slug }).from(councilOrganizations)).map((row) => row.slug).sort();
    assert.deepEqual(slugs, ['aukm', 'aukm-2']);
    const list = await staff.get(STAFF_ENTRY_PATHS.gremien);
    assert.deepEqual(tableRows(list.body)[1], ['Ausschuss für Umwelt, Klima und Mobilität', 'AUKM', 'Gremium, Ausschuss', '01.11.2025', '0', 'von Hand']);
    assert.deepEqual(await audited(), ['council.body.created', 'council.organization.created', 'council.organization.created']);
  });

  it('shows the form again with 400, an error summary, the messages at the fields and the input kept', async () => {
    const response = await staff.submit(STAFF_ENTRY_PATHS.newGremium, {
      ...GREMIUM,
      name: '',
      organizationType: 'Geheimbund',
      startDate: '31.02.2026',
      endDate: '',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      errorSummary(response.body).map((error) => error.href),
      ['#name', '#organizationType', '#startDate'],
    );
    assert.deepEqual(errorMessages(response.body), [
      'Geben Sie den Namen an.',
      'Wählen Sie die Art aus.',
      'Gebildet am: Geben Sie ein echtes Datum als TT.MM.JJJJ an, zum Beispiel 04.03.2027.',
    ]);
    assert.match(response.body, /value="AUKM"/);
    const backwards = await staff.submit(STAFF_ENTRY_PATHS.newGremium, { ...GREMIUM, startDate: '01.11.2025', endDate: '31.10.2025' });
    assert.equal(backwards.statusCode, 400);
    assert.deepEqual(errorMessages(backwards.body), ['Das Ende muss nach dem Beginn liegen.']);
    assert.equal((await t.db.select().from(councilOrganizations)).length, 0);
  });

  it('edits a Gremium: the page name stays, modified moves on, created does not', async () => {
    const fixture = await staffFixture(t);
    const before = await organizationRow(t, fixture.committee.id);
    const saved = await staff.submit(STAFF_ENTRY_PATHS.gremium(fixture.committee.id), { ...GREMIUM, name: 'Planungsausschuss', shortName: 'PA' });
    assert.equal(saved.statusCode, 303);
    const after = await organizationRow(t, fixture.committee.id);
    assert.deepEqual([after.name, after.shortName, after.slug], ['Planungsausschuss', 'PA', 'aps']);
    assert.ok(after.modified > before.modified);
    assert.deepEqual(after.created, before.created);
    assert.deepEqual(await audited(), ['council.organization.updated']);
  });

  it('shows an imported Gremium read-only and refuses a change sent anyway (409), changing nothing', async () => {
    const fixture = await staffFixture(t);
    const page = await staff.get(STAFF_ENTRY_PATHS.gremium(fixture.importedGremiumId));
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /Nur lesbar.*beim nächsten Import wieder überschrieben/);
    assert.match(page.body, /<fieldset class="fieldset" disabled/);
    assert.doesNotMatch(page.body, /löschen</);
    const before = await organizationRow(t, fixture.importedGremiumId);
    const refused = await staff.post(STAFF_ENTRY_PATHS.gremium(fixture.importedGremiumId), GREMIUM);
    assert.equal(refused.statusCode, 409);
    assert.match(textOf(refused.body), /nur lesbar/);
    assert.equal((await staff.get(STAFF_ENTRY_PATHS.deleteObject('gremien', fixture.importedGremiumId))).statusCode, 409);
    assert.deepEqual(await organizationRow(t, fixture.importedGremiumId), before);
  });

  it('deletes softly after a confirmation page: the row and its memberships stay with deleted = true', async () => {
    const fixture = await staffFixture(t);
    const confirm = await staff.get(STAFF_ENTRY_PATHS.deleteObject('gremien', fixture.committee.id));
    assert.equal(confirm.statusCode, 200);
    assert.match(textOf(confirm.body), /Wirklich das Gremium löschen\?/);
    const deleted = await staff.post(STAFF_ENTRY_PATHS.deleteObject('gremien', fixture.committee.id), {});
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, STAFF_ENTRY_PATHS.gremien);
    const row = await organizationRow(t, fixture.committee.id);
    assert.equal(row.deleted, true);
    const memberships = await t.db.select().from(councilMemberships).where(eq(councilMemberships.organizationId, fixture.committee.id));
    assert.deepEqual(
      memberships.map((membership) => membership.deleted),
      [true],
    );
    const list = await staff.get(STAFF_ENTRY_PATHS.gremien);
    assert.deepEqual(
      tableRows(list.body).map((cells) => cells[0]),
      ['Fraktion Bündnis 90/Die Grünen', 'Jugendhilfeausschuss', 'Rat der Stadt Iserlohn'],
    );
    assert.deepEqual(tableRows(list.body)[2]![4], '2');
    assert.equal((await staff.get(STAFF_ENTRY_PATHS.gremium(fixture.committee.id))).statusCode, 404);
    assert.deepEqual(await audited(), ['council.organization.deleted']);
  });
});
