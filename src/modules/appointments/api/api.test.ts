import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { createApiToken, departments } from '../../../kernel/auth';
import { berlinDay } from '../../../kernel/time';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { API_PATHS } from '../paths';
import { appointmentBookings, appointmentLocations } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of the API, checked against the OpenAPI schemas
type Json = Record<string, any>;

describe('the appointments API (/api/v1/termine)', () => {
  let t: TestApp;
  let fx: AppointmentFixture;
  let own: string;
  let other: string;
  let validate: (schema: string, body: unknown) => void;
  let schemaNames: string[] = [];
  const today = berlinDay(new Date());

  before(async () => {
    t = await createTestApp();
    const document = (await t.app.inject({ method: 'GET', url: API_PATHS.openapi })).json() as Json;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'doc', components: document.components });
    schemaNames = Object.keys(document.components.schemas);
    // Every schema must compile (a broken reference throws here, before any answer is checked).
    for (const name of schemaNames) assert.ok(ajv.getSchema(`doc#/components/schemas/${name}`), name);
    validate = (schema, body) => {
      const check = ajv.getSchema(`doc#/components/schemas/${schema}`)!;
      assert.ok(check(body), `${schema}: ${JSON.stringify(check.errors)}`);
    };
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    fx = await insertAppointmentFixture(t.db);
    await t.db.insert(departments).values({ id: 'standesamt', name: 'Standesamt' });
    // The branch belongs to another Fachbereich: the Bürgerservice's token must not see it.
    await t.db.update(appointmentLocations).set({ departmentId: 'standesamt' }).where(eq(appointmentLocations.id, fx.branch.id));
    own = (await createApiToken(t.db, { name: 'Aufrufsystem', departmentId: fx.departmentId })).token;
    other = (await createApiToken(t.db, { name: 'Standesamt', departmentId: 'standesamt' })).token;
  });

  const api = async (url: string, token?: string, method: 'GET' | 'POST' = 'GET') => {
    const response = await t.app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.statusCode, json: response.json() as Json, body: response.body };
  };
  const booking = (day = today, locationId = fx.rathaus.id, counterId = fx.rathaus.counters[0]) =>
    insertFixtureBooking(t.db, { locationId, counterId, serviceId: fx.services.personalausweis.id, day, time: '23:40', units: 2 });

  it('describes every route in an OpenAPI 3.1 document whose schemas compile', async () => {
    const { status, json } = await api(API_PATHS.openapi);
    assert.equal(status, 200);
    assert.equal(json.openapi, '3.1.0');
    assert.deepEqual(Object.keys(json.paths).sort(), [
      '/api/v1/termine/buchungen/{reference}',
      '/api/v1/termine/buchungen/{reference}/einchecken',
      '/api/v1/termine/openapi.json',
      '/api/v1/termine/standorte',
      '/api/v1/termine/standorte/{slug}/aufruf',
      '/api/v1/termine/standorte/{slug}/tage/{day}',
    ]);
    assert.deepEqual(schemaNames.sort(), ['Booking', 'BookingDay', 'CheckIn', 'Display', 'Error', 'Location', 'LocationList']);
    assert.deepEqual(json.components.securitySchemes.bearer, { type: 'http', scheme: 'bearer' });
  });

  it('asks for a token, and shows each Fachbereich only its own locations', async () => {
    const missing = await api(API_PATHS.locations);
    assert.equal(missing.status, 401);
    validate('Error', missing.json);
    assert.equal((await api(API_PATHS.locations, 'sp_falsch-falsch-falsch-falsch')).status, 401);
    const mine = await api(API_PATHS.locations, own);
    assert.equal(mine.status, 200);
    validate('LocationList', mine.json);
    assert.deepEqual(
      mine.json.items.map((l: Json) => [l.slug, l.counters.length]),
      [['rathaus', 2]],
    );
    const theirs = await api(API_PATHS.locations, other);
    assert.deepEqual(
      theirs.json.items.map((l: Json) => l.slug),
      ['letmathe'],
    );
  });

  it('lists a day’s bookings without name, e-mail or phone; another Fachbereich gets a 404', async () => {
    const { reference } = await booking();
    const day = await api(API_PATHS.day('rathaus', today), own);
    assert.equal(day.status, 200);
    validate('BookingDay', day.json);
    assert.deepEqual(
      day.json.items.map((b: Json) => [b.reference, b.state, b.services]),
      [[reference, 'booked', ['Personalausweis beantragen']]],
    );
    for (const secret of ['Erika', 'erika@example.org']) assert.ok(!day.body.includes(secret), secret);
    assert.equal((await api(API_PATHS.day('rathaus', today), other)).status, 404);
    assert.equal((await api(API_PATHS.day('gibt-es-nicht', today), own)).status, 404);
    assert.equal((await api(API_PATHS.day('rathaus', '2026-02-30'), own)).status, 400);
    assert.equal((await api(API_PATHS.booking('a'.repeat(90)), own)).status, 404);
    const bad = await api(API_PATHS.day('rathaus', 'morgen'), own);
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.json.error.fields), ['day']);

    const one = await api(API_PATHS.booking(reference), own);
    assert.equal(one.status, 200);
    validate('Booking', one.json);
    assert.equal((await api(API_PATHS.booking(reference), other)).status, 404);
    assert.equal((await api(API_PATHS.booking('T-GIBT-ESNI'), own)).status, 404);
  });

  it('checks in by reference once, answers the same afterwards, and refuses another day or Fachbereich', async () => {
    const { id, reference } = await booking();
    const first = await api(API_PATHS.checkIn(reference), own, 'POST');
    assert.equal(first.status, 200, first.body);
    validate('CheckIn', first.json);
    assert.deepEqual([first.json.checkedInNow, first.json.booking.state, first.json.booking.ticket], [true, 'waiting', 'A 001']);
    const again = await api(API_PATHS.checkIn(reference), own, 'POST');
    assert.deepEqual([again.status, again.json.checkedInNow, again.json.booking.ticket], [200, false, 'A 001']);
    const [row] = await t.db.select().from(appointmentBookings).where(eq(appointmentBookings.id, id));
    assert.equal(row!.ticket, 'A 001');

    assert.equal((await api(API_PATHS.checkIn(reference), other, 'POST')).status, 404);
    const later = await booking(fx.days[0]);
    const refused = await api(API_PATHS.checkIn(later.reference), own, 'POST');
    assert.equal(refused.status, 409);
    validate('Error', refused.json);
    assert.match(refused.json.error.message, /nicht heute/);
  });

  it('serves the display’s data to anyone, without names', async () => {
    const { reference } = await booking();
    await api(API_PATHS.checkIn(reference), own, 'POST');
    const display = await api(API_PATHS.display('rathaus'));
    assert.equal(display.status, 200);
    validate('Display', display.json);
    assert.deepEqual([display.json.waiting, display.json.calls], [1, []]);
    assert.ok(!display.body.includes(reference) && !display.body.includes('Erika'));
    assert.equal((await api(API_PATHS.display('gibt-es-nicht'))).status, 404);
  });
});
