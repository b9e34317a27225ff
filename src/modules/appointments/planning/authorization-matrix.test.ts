/**
 * Who may plan Termine: every page and action of planning/ and statistics/ for every kind of actor.
 * Only planners (`appointments.plan`) and admins get in; counter staff of the Bürgerbüro's
 * Fachbereich too get the 404 of a page that does not exist, as everyone else logged in; visitors
 * are asked to log in; a refused action changes nothing. The table is the specification.
 */
import { after, before, describe } from 'node:test';
import { count } from 'drizzle-orm';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { auditLog } from '../../../kernel/audit';
import { departments } from '../../../kernel/auth/tables';
import { addDays, berlinDay } from '../../../kernel/time';
import { STAFF_PATHS } from '../paths';
import { PLAN_PERMISSION, SERVE_PERMISSION } from '../policies';
import { appointmentClosures, appointmentCounters, appointmentLocations, appointmentServices } from '../tables';

type ActorName = 'anonymous' | 'citizen' | 'staffWithout' | 'counterStaff' | 'planner' | 'admin';

interface Fixture {
  locationId: string;
  counterId: string;
  serviceId: string;
  closureId: string;
}

const PAGE = { planner: 200, admin: 200, anonymous: 401, otherwise: 404 };
const ACTION = { planner: 303, admin: 303, anonymous: 401, otherwise: 404 };
const inAWeek = () => addDays(berlinDay(new Date()), 7);

const LOCATION_FORM = {
  name: 'Bürgerbüro Hennen',
  slug: 'hennen',
  departmentId: 'buergerservice',
  street: 'Kirchstraße 1',
  postalCode: '58640',
  city: 'Iserlohn',
  slotMinutes: '10',
  ticketPrefix: 'H',
  active: 'ja',
};

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'planning', method: 'GET', url: () => STAFF_PATHS.planning, expect: PAGE },
  { what: 'location', method: 'GET', url: (fx) => STAFF_PATHS.planningLocation(fx.locationId), expect: PAGE },
  { what: 'new location form', method: 'GET', url: () => STAFF_PATHS.planningNewLocation, expect: PAGE },
  { what: 'location form', method: 'GET', url: (fx) => STAFF_PATHS.planningLocationEdit(fx.locationId), expect: PAGE },
  { what: 'counter form', method: 'GET', url: (fx) => STAFF_PATHS.planningCounter(fx.locationId, fx.counterId), expect: PAGE },
  { what: 'new counter form', method: 'GET', url: (fx) => STAFF_PATHS.planningNewCounter(fx.locationId), expect: PAGE },
  { what: 'opening hours', method: 'GET', url: (fx) => STAFF_PATHS.planningHours(fx.locationId), expect: PAGE },
  { what: 'release waves', method: 'GET', url: (fx) => STAFF_PATHS.planningWaves(fx.locationId), expect: PAGE },
  { what: 'services', method: 'GET', url: () => STAFF_PATHS.planningServices, expect: PAGE },
  { what: 'service form', method: 'GET', url: (fx) => STAFF_PATHS.planningService(fx.serviceId), expect: PAGE },
  { what: 'closures', method: 'GET', url: () => STAFF_PATHS.planningClosures, expect: PAGE },
  { what: 'statistics', method: 'GET', url: () => `${STAFF_PATHS.statistics}?zeitraum=monate`, expect: PAGE },
  {
    what: 'change a location',
    method: 'POST',
    url: (fx) => STAFF_PATHS.planningLocationEdit(fx.locationId),
    form: (fx) => ({ ...LOCATION_FORM, slug: `ort-${fx.locationId.slice(0, 8)}` }),
    expect: ACTION,
  },
  {
    what: 'add a counter',
    method: 'POST',
    url: (fx) => STAFF_PATHS.planningNewCounter(fx.locationId),
    form: (fx) => ({ name: 'Platz 9', services: fx.serviceId }),
    expect: ACTION,
  },
  {
    what: 'change a counter',
    method: 'POST',
    url: (fx) => STAFF_PATHS.planningCounter(fx.locationId, fx.counterId),
    form: () => ({ name: 'Platz 8', active: 'ja' }),
    expect: ACTION,
  },
  {
    what: 'opening hours',
    method: 'POST',
    url: (fx) => STAFF_PATHS.planningHours(fx.locationId),
    form: () => ({ 'opens-1-a': '08:00', 'closes-1-a': '12:00', validFrom: inAWeek() }),
    expect: ACTION,
  },
  {
    what: 'release waves',
    method: 'POST',
    url: (fx) => STAFF_PATHS.planningWaves(fx.locationId),
    form: () => ({ 'days-1': '14', 'time-1': '07:00', 'share-1': '100' }),
    expect: ACTION,
  },
  {
    what: 'change a service',
    method: 'POST',
    url: (fx) => STAFF_PATHS.planningService(fx.serviceId),
    form: (fx) => ({ name: 'Meldebescheinigung', slug: `dienst-${fx.serviceId.slice(0, 8)}`, durationMinutes: '10', maxQuantity: '1', active: 'ja' }),
    expect: ACTION,
  },
  {
    what: 'add a closure',
    method: 'POST',
    url: () => STAFF_PATHS.planningClosures,
    form: (fx) => ({ place: fx.locationId, firstDay: inAWeek(), reason: 'Betriebsausflug' }),
    expect: ACTION,
  },
  { what: 'lift a closure', method: 'POST', url: (fx) => STAFF_PATHS.planningClosureDelete(fx.closureId), form: () => ({}), expect: ACTION },
];

const ACTORS: ActorName[] = ['anonymous', 'citizen', 'staffWithout', 'counterStaff', 'planner', 'admin'];

describe('authorization matrix of slot planning and the statistics', () => {
  let t: TestApp;
  const clients = new Map<ActorName, MatrixClient>();

  before(async () => {
    t = await createTestApp();
    await t.db.insert(departments).values({ id: 'buergerservice', name: 'Bürgerservice' });
    clients.set('anonymous', t.client());
    clients.set('citizen', await citizen(t));
    clients.set('staffWithout', await staffMember(t, ['buergerservice'], { permissions: [] }));
    clients.set('counterStaff', await staffMember(t, ['buergerservice'], { permissions: [SERVE_PERMISSION] }));
    clients.set('planner', await staffMember(t, [], { permissions: [PLAN_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  /** Fresh objects for each row and actor: a location with a counter, a service, a closure. */
  async function fixture(): Promise<Fixture> {
    const unique = Math.random().toString(36).slice(2, 10);
    const [location] = await t.db
      .insert(appointmentLocations)
      .values({ slug: `ort-${unique}`, name: `Bürgerbüro ${unique}`, departmentId: 'buergerservice', street: 'Markt 1', postalCode: '58636', city: 'Iserlohn' })
      .returning({ id: appointmentLocations.id });
    const [counter] = await t.db.insert(appointmentCounters).values({ locationId: location!.id, name: 'Platz 1' }).returning({ id: appointmentCounters.id });
    const [service] = await t.db
      .insert(appointmentServices)
      .values({ slug: `dienst-${unique}`, name: 'Meldebescheinigung', durationMinutes: 10 })
      .returning({ id: appointmentServices.id });
    const [closure] = await t.db
      .insert(appointmentClosures)
      .values({ locationId: location!.id, firstDay: inAWeek(), lastDay: inAWeek(), reason: 'Umzug' })
      .returning({ id: appointmentClosures.id });
    await t.settled();
    return { locationId: location!.id, counterId: counter!.id, serviceId: service!.id, closureId: closure!.id };
  }

  const audited = async () => (await t.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

  runAuthorizationMatrix({
    rows: MATRIX,
    actors: ACTORS,
    clients,
    fixture,
    snapshot: audited,
    allowed: (before) => before + 1, // an allowed action writes one audit entry
  });
});
