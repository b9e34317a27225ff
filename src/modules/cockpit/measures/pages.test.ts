import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { after, before, beforeEach, describe, it } from 'node:test';
import { auditLog } from '../../../kernel/audit';
import { errorMessages, hiddenValue, links, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PATHS, STAFF_PATHS } from '../paths';
import { COORDINATE_PERMISSION, EDIT_PERMISSION } from '../policies';
import { cockpitMeasureChanges, cockpitMeasures, cockpitMilestones } from '../tables';
import { insertCockpitFixture, type CockpitFixture } from '../test-support';
import { linkableService, VALID_FORM } from './test-support';

describe('the measures staff section and public page', () => {
  let t: TestApp;
  let fx: CockpitFixture;
  let coordinator: Person;
  let editor: Person;

  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    fx = await insertCockpitFixture(t.db);
    coordinator = await staffMember(t, [], { permissions: [COORDINATE_PERMISSION], name: 'Koordination' });
    editor = await staffMember(t, [fx.departmentId], { permissions: [EDIT_PERMISSION], name: 'Fachbereich Digitales' });
  });
  after(() => t.close());

  it('lists every measure with its next milestone, filters by status and sorts by the next milestone', async () => {
    const all = await coordinator.get(STAFF_PATHS.measures);
    assert.equal(all.statusCode, 200);
    const rows = tableRows(all.body);
    assert.deepEqual(
      rows.map((row) => row[0]),
      ['Bürgerplattform', 'Digitale Akte im Bauamt', 'Freies WLAN in der Innenstadt'],
    );
    assert.equal(rows[2]![4], '30.06.2027');
    const planned = await coordinator.get(`${STAFF_PATHS.measures}?status=planned`);
    assert.deepEqual(
      tableRows(planned.body).map((row) => row[0]),
      ['Digitale Akte im Bauamt'],
    );
    const sorted = await coordinator.get(`${STAFF_PATHS.measures}?sortierung=meilenstein`);
    assert.equal(tableRows(sorted.body)[0]![0], 'Freies WLAN in der Innenstadt', 'the only measure with an open milestone comes first');
  });

  it('creates a measure with its history, then edits it and refuses a stale form', async () => {
    const created = await coordinator.submit(STAFF_PATHS.newMeasure, VALID_FORM);
    assert.equal(created.statusCode, 303, created.body.slice(0, 2000));
    const [row] = await t.db.select().from(cockpitMeasures).where(eq(cockpitMeasures.slug, 'digitale-bauakte'));
    assert.ok(row);
    assert.equal(row.budgetCents, 12_000_000);
    assert.equal(row.published, false);

    const form = await coordinator.get(STAFF_PATHS.editMeasure(row.id));
    const stale = await coordinator.client.post(STAFF_PATHS.editMeasure(row.id), { ...VALID_FORM, version: String(row.version), fortschritt: '20' });
    assert.equal(stale.statusCode, 303, 'the first save with the current version passes');
    assert.ok(form.body.includes('name="version"'));
    await coordinator.get(STAFF_PATHS.editMeasure(row.id));
    const second = await coordinator.client.post(STAFF_PATHS.editMeasure(row.id), { ...VALID_FORM, version: String(row.version), fortschritt: '40' });
    assert.equal(second.statusCode, 400);
    assert.match(errorMessages(second.body)[0]!, /Jemand anderes hat die Maßnahme geändert/);
    const [after] = await t.db.select().from(cockpitMeasures).where(eq(cockpitMeasures.id, row.id));
    assert.equal(after!.progressPercent, 20, 'the stale form overwrote nothing');
    assert.match(second.body, /value="40"/, 'the input is kept');
    const decided = await coordinator.client.post(STAFF_PATHS.editMeasure(row.id), {
      ...VALID_FORM,
      version: hiddenValue(second.body, 'version'),
      fortschritt: '40',
    });
    assert.equal(decided.statusCode, 303, 'saving the returned form again is a decision to keep the input');

    const changes = await t.db.select().from(cockpitMeasureChanges).where(eq(cockpitMeasureChanges.measureId, row.id));
    const edit = changes.find((change) => change.summary === 'Angaben geändert');
    assert.deepEqual(edit?.fields, [{ field: 'Fortschritt', before: '0 %', after: '20 %' }]);
    assert.equal(changes.filter((change) => change.summary === 'Angaben geändert').length, 2);
    const page = await coordinator.get(STAFF_PATHS.measure(row.id));
    assert.match(textOf(page.body), /Fortschritt: 0 % → 20 %/);
  });

  it('shows staff of another Fachbereich the measure read-only and refuses their change', async () => {
    const other = await staffMember(t, [fx.otherDepartmentId], { permissions: [EDIT_PERMISSION] });
    const page = await other.get(STAFF_PATHS.measure(fx.wifi.id));
    assert.equal(page.statusCode, 200);
    assert.ok(!links(page.body).some((link) => link.href === STAFF_PATHS.editMeasure(fx.wifi.id)));
    assert.equal((await other.get(STAFF_PATHS.editMeasure(fx.wifi.id))).statusCode, 403);
    assert.equal((await editor.get(STAFF_PATHS.editMeasure(fx.wifi.id))).statusCode, 200);
  });

  it('adds a milestone, marks it reached, and refuses one before the measure starts', async () => {
    const early = await editor.submit(STAFF_PATHS.milestones(fx.wifi.id), { titel: 'Vorplanung', termin: '01.01.2025' });
    assert.equal(early.statusCode, 400);
    assert.deepEqual(errorMessages(early.body), ['Der Termin darf nicht vor dem Beginn der Maßnahme (01.03.2025) liegen.']);
    const added = await editor.submit(STAFF_PATHS.milestones(fx.wifi.id), { titel: 'Rathausplatz versorgt', termin: '01.02.2026' });
    assert.equal(added.statusCode, 303);
    const page = await editor.get(STAFF_PATHS.measure(fx.wifi.id));
    const row = tableRows(page.body).find((cells) => cells[0] === 'Rathausplatz versorgt');
    assert.match(row![2]!, /überfällig/);
    const milestoneLink = links(page.body).find((link) => link.text.includes('Rathausplatz versorgt') || link.href.includes('/meilensteine/'));
    assert.ok(milestoneLink);
  });

  it('publishes a measure (coordinator) and shows the public page without risks; unpublished ones are 404', async () => {
    assert.equal((await t.client().get(PATHS.measure(fx.draft.slug))).statusCode, 404);
    await coordinator.get(STAFF_PATHS.measure(fx.draft.id));
    const published = await coordinator.client.post(STAFF_PATHS.publishMeasure(fx.draft.id), { veroeffentlicht: 'ja' });
    assert.equal(published.statusCode, 303);
    const [stored] = await t.db.select().from(cockpitMeasures).where(eq(cockpitMeasures.id, fx.draft.id));
    assert.equal(stored!.published, true, published.headers.location as string);
    const page = await t.client().get(PATHS.measure(fx.draft.slug));
    assert.equal(page.statusCode, 200, textOf(page.body).slice(0, 1500));
    const wifi = await t.client().get(PATHS.measure(fx.wifi.slug));
    assert.match(textOf(wifi.body), /Alle Plätze versorgt/);
    assert.match(textOf(wifi.body), /250\.000,00 €/);
    assert.ok(!textOf(wifi.body).includes('Lieferverzug'), 'risks stay internal');
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.action, 'cockpit.measure_published'));
    assert.equal(audited.length, 1);
  });

  it('escapes markup in a title everywhere it is shown', async () => {
    const created = await coordinator.submit(STAFF_PATHS.newMeasure, { ...VALID_FORM, titel: '<script>alert(1)</script> WLAN', adresse: 'markup' });
    assert.equal(created.statusCode, 303);
    const list = await coordinator.get(STAFF_PATHS.measures);
    assert.ok(!list.body.includes('<script>alert(1)</script>'));
    assert.ok(textOf(parseHtml(list.body)).includes('<script>alert(1)</script> WLAN'));
  });

  it('lists overdue milestones in Meine Aufgaben for whoever may edit the measure', async () => {
    await t.db.insert(cockpitMilestones).values({ measureId: fx.wifi.id, title: 'Marktplatz versorgt', dueOn: '2025-12-01' });
    await t.settled();
    const task = /Meilenstein einer Maßnahme überfällig/;
    assert.match(textOf((await editor.get('/verwaltung')).body), task);
    assert.match(textOf((await coordinator.get('/verwaltung')).body), task);
    const other = await staffMember(t, [fx.otherDepartmentId], { permissions: [EDIT_PERMISSION] });
    assert.doesNotMatch(textOf((await other.get('/verwaltung')).body), task);
  });

  it('links a Leistung through the search without JavaScript and shows a vanished link as such', async () => {
    const service = await linkableService(t);
    const search = await editor.get(`${STAFF_PATHS.links(fx.wifi.id)}?art=services:leistung&suche-services-leistung=hund`);
    assert.equal(search.statusCode, 200);
    assert.match(textOf(search.body), new RegExp(`„${service.title.replace(/[()]/g, '.')}“ verknüpfen`));
    const linked = await editor.client.post(STAFF_PATHS.links(fx.wifi.id), { art: 'services:leistung', ziel: service.id });
    assert.equal(linked.statusCode, 303);
    const page = await editor.get(STAFF_PATHS.measure(fx.wifi.id));
    assert.ok(links(page.body).some((link) => link.text === service.title && link.href === `/leistungen/${service.id}`));
    assert.match(textOf(page.body), /nicht mehr vorhanden \(fixture-hotspot\)/);
    const publicPage = textOf((await t.client().get(PATHS.measure(fx.wifi.slug))).body);
    assert.match(publicPage, new RegExp(`Leistungen: ${service.title.replace(/[()]/g, '.')}`));
    assert.doesNotMatch(publicPage, /fixture-hotspot|nicht mehr vorhanden/);
  });

  it('keeps the anonymous public page cached until the measure or a linked object changes', async () => {
    const service = await linkableService(t);
    await editor.get(STAFF_PATHS.links(fx.wifi.id));
    await editor.client.post(STAFF_PATHS.links(fx.wifi.id), { art: 'services:leistung', ziel: service.id });
    const first = await t.client().get(PATHS.measure(fx.wifi.slug));
    assert.match(textOf(first.body), new RegExp(service.title.replace(/[()]/g, '.')));
    await t.db.execute(sql`update services set name = 'Hund anmelden (neu)' where slug = ${service.id}`);
    const renamed = await t.client().get(PATHS.measure(fx.wifi.slug));
    assert.match(textOf(renamed.body), /Leistungen: Hund anmelden \(neu\)/, 'a renamed Leistung shows its new name');
    await t.db.update(cockpitMeasures).set({ goal: 'Ein neues Ziel.' }).where(eq(cockpitMeasures.id, fx.wifi.id));
    assert.match(textOf((await t.client().get(PATHS.measure(fx.wifi.slug))).body), /Ein neues Ziel\./);
  });

  it('deletes a measure after the confirmation page', async () => {
    const confirm = await coordinator.get(STAFF_PATHS.deleteMeasure(fx.draft.id));
    assert.equal(confirm.statusCode, 200);
    assert.match(textOf(confirm.body), /lässt sich nicht rückgängig machen/);
    const deleted = await coordinator.client.post(STAFF_PATHS.deleteMeasure(fx.draft.id), {});
    assert.equal(deleted.statusCode, 303);
    assert.equal((await t.db.select().from(cockpitMeasures).where(eq(cockpitMeasures.id, fx.draft.id))).length, 0);
  });
});
