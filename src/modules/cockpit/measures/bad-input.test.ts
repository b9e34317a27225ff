/**
 * Bad input to the measures' forms, as a table: each case gets the form again with 400, the message at
 * the right field, and nothing stored. Never a 500.
 */
import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { after, before, beforeEach, describe, it } from 'node:test';
import { errorFields, errorMessages } from '../../../../tests/support/html';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { STAFF_PATHS } from '../paths';
import { COORDINATE_PERMISSION } from '../policies';
import { cockpitMeasureLinks, cockpitMeasures, cockpitMilestones } from '../tables';
import { insertCockpitFixture, type CockpitFixture } from '../test-support';
import { VALID_FORM } from './test-support';

const MEASURE_CASES: Array<{ what: string; change: Record<string, string>; field: string; message: RegExp }> = [
  { what: 'an impossible date', change: { beginn: '31.02.2027' }, field: 'beginn', message: /Diesen Tag gibt es nicht/ },
  { what: 'an impossible ISO date', change: { ende: '2027-02-30' }, field: 'ende', message: /Diesen Tag gibt es nicht/ },
  { what: 'text as a date', change: { beginn: 'nächsten Montag' }, field: 'beginn', message: /als Tag\.Monat\.Jahr an/ },
  { what: 'an end before the start', change: { beginn: '01.06.2027', ende: '31.05.2027' }, field: 'ende', message: /nicht vor dem Beginn/ },
  { what: 'a negative budget', change: { budget: '-5.000' }, field: 'budget', message: /nicht negativ/ },
  { what: 'a budget in words', change: { budget: 'zehntausend' }, field: 'budget', message: /als Betrag in Euro/ },
  { what: 'a budget with three decimals', change: { budget: '12,345' }, field: 'budget', message: /höchstens zwei Stellen/ },
  { what: 'an absurd budget', change: { budget: '99999999999999999999' }, field: 'budget', message: /höchstens 1\.000\.000\.000 €/ },
  { what: 'a budget just over the cap', change: { budget: '1.000.000.000,01' }, field: 'budget', message: /höchstens 1\.000\.000\.000 €/ },
  { what: 'progress over 100', change: { fortschritt: '101' }, field: 'fortschritt', message: /zwischen 0 und 100/ },
  { what: 'negative progress', change: { fortschritt: '-1' }, field: 'fortschritt', message: /ganze Zahl von 0 bis 100/ },
  { what: 'progress as a fraction', change: { fortschritt: '12.5' }, field: 'fortschritt', message: /ganze Zahl von 0 bis 100/ },
  { what: 'a duplicate address', change: { adresse: 'freies-wlan' }, field: 'adresse', message: /hat schon eine andere Maßnahme/ },
  { what: 'a title that makes a duplicate address', change: { titel: 'Freies WLAN' }, field: 'adresse', message: /„freies-wlan“ hat schon/ },
  { what: 'an address with spaces', change: { adresse: 'freies wlan' }, field: 'adresse', message: /nur Kleinbuchstaben/ },
  { what: 'a title too long', change: { titel: 'W'.repeat(161) }, field: 'titel', message: /höchstens 160 Zeichen/ },
  { what: 'no title', change: { titel: '   ' }, field: 'titel', message: /Geben Sie den Titel an/ },
  { what: 'an unknown Fachbereich', change: { fachbereich: 'gibt-es-nicht' }, field: 'fachbereich', message: /aus der Liste/ },
  { what: 'an unknown status', change: { status: 'fertig' }, field: 'status', message: /Wählen Sie den Stand/ },
];

describe('bad input to the measures', () => {
  let t: TestApp;
  let fx: CockpitFixture;
  let coordinator: Person;

  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    fx = await insertCockpitFixture(t.db);
    coordinator = await staffMember(t, [], { permissions: [COORDINATE_PERMISSION] });
  });
  after(() => t.close());

  const measureCount = async () => (await t.db.select({ value: count() }).from(cockpitMeasures))[0]!.value;

  for (const bad of MEASURE_CASES) {
    it(`refuses ${bad.what} with a message at the field`, async () => {
      const response = await coordinator.submit(STAFF_PATHS.newMeasure, { ...VALID_FORM, ...bad.change });
      assert.equal(response.statusCode, 400, response.body.slice(0, 500));
      assert.ok(errorFields(response.body).includes(bad.field), `${bad.field} in ${errorFields(response.body).join(', ')}`);
      assert.ok(
        errorMessages(response.body).some((message) => bad.message.test(message)),
        errorMessages(response.body).join(' | '),
      );
      assert.match(response.body, /<title>Fehler: /);
      assert.equal(await measureCount(), 3, 'nothing stored');
    });
  }

  it('keeps what was typed when the form comes back', async () => {
    const response = await coordinator.submit(STAFF_PATHS.newMeasure, { ...VALID_FORM, budget: '-1', titel: 'Offene Ratsdaten' });
    assert.match(response.body, /value="Offene Ratsdaten"/);
    assert.match(response.body, /value="-1"/);
  });

  it('refuses moving the start after an existing milestone', async () => {
    const form = {
      ...VALID_FORM,
      titel: 'Freies WLAN in der Innenstadt',
      adresse: fx.wifi.slug,
      fachbereich: fx.departmentId,
      beginn: '01.07.2025',
      version: '1',
    };
    const response = await coordinator.submit(STAFF_PATHS.editMeasure(fx.wifi.id), form);
    assert.equal(response.statusCode, 400);
    assert.match(errorMessages(response.body)[0]!, /Meilenstein „Ausschreibung“ liegt am 30\.06\.2025, vor diesem Beginn/);
  });

  it('refuses milestones before the start, impossible days and a day reached in the future; accepts one after the planned end', async () => {
    const cases: Array<{ form: Record<string, string>; field: string }> = [
      { form: { titel: 'Vorab', termin: '28.02.2025' }, field: 'termin' },
      { form: { titel: 'Schaltjahr', termin: '29.02.2026' }, field: 'termin' },
      { form: { titel: 'Ohne Titel', termin: '' }, field: 'termin' },
      { form: { titel: 'Zukunft', termin: '01.03.2026', erreicht: '01.01.2199' }, field: 'erreicht' },
    ];
    for (const bad of cases) {
      const response = await coordinator.submit(STAFF_PATHS.milestones(fx.wifi.id), bad.form);
      assert.equal(response.statusCode, 400, bad.form.titel!);
      assert.deepEqual(errorFields(response.body), [bad.field], bad.form.titel);
    }
    const late = await coordinator.submit(STAFF_PATHS.milestones(fx.wifi.id), { titel: 'Nachzügler', termin: '31.12.2027' });
    assert.equal(late.statusCode, 303);
    const page = await coordinator.get(STAFF_PATHS.measure(fx.wifi.id));
    assert.match(page.body, /nach dem geplanten Ende/);
    assert.equal((await t.db.select({ value: count() }).from(cockpitMilestones))[0]!.value, 3);
  });

  it('refuses an unknown link kind and an id that does not exist, with 400', async () => {
    await coordinator.get(STAFF_PATHS.links(fx.wifi.id));
    const kind = await coordinator.post(STAFF_PATHS.links(fx.wifi.id), { art: 'rathaus:drucker', ziel: 'x' });
    assert.equal(kind.statusCode, 400);
    assert.match(errorMessages(kind.body)[0]!, /Diese Art von Verknüpfung gibt es nicht/);
    const missing = await coordinator.post(STAFF_PATHS.links(fx.wifi.id), { art: 'wlan:hotspot', ziel: '00000000-0000-4000-8000-000000000000' });
    assert.equal(missing.statusCode, 400);
    const malformed = await coordinator.post(STAFF_PATHS.links(fx.wifi.id), { art: 'opendata:dataset', ziel: "x' or 1=1 --" });
    assert.equal(malformed.statusCode, 400);
    assert.match(errorMessages(malformed.body)[0]!, /gibt es nicht oder nicht öffentlich/);
    assert.equal((await t.db.select({ value: count() }).from(cockpitMeasureLinks))[0]!.value, 1);
  });

  it('answers 4xx for malformed and unknown ids, never 500', async () => {
    for (const url of [
      STAFF_PATHS.measure('kein-uuid'),
      STAFF_PATHS.measure('00000000-0000-4000-8000-000000000000'),
      STAFF_PATHS.milestone(fx.wifi.id, 'kein-uuid'),
      STAFF_PATHS.risk(fx.wifi.id, fx.wifi.milestoneIds[0]),
      '/digitalisierung/massnahmen/%00',
      `/digitalisierung/massnahmen/${'a'.repeat(90)}`,
    ]) {
      const response = await coordinator.get(url);
      assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${url}: ${response.statusCode}`);
    }
  });
});
