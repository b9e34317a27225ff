/**
 * Who may use the counters' section /verwaltung/termine: every page and action for every kind of
 * actor. Counter staff of the location's Fachbereich, planners and admins get in; counter staff of
 * another Fachbereich see the section but get a 404 for this location and its bookings, as for ones
 * that do not exist; visitors are asked to log in; everyone else gets a 404. A refused action changes
 * nothing. The call-up display is public. The table is the specification.
 */
import { after, before, describe } from 'node:test';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { addDays, berlinDay } from '../../../kernel/time';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, department, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PATHS, STAFF_PATHS } from '../paths';
import { PLAN_PERMISSION, SERVE_PERMISSION } from '../policies';
import { appointmentBookings } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';

type ActorName = 'anonymous' | 'citizen' | 'staffWithout' | 'counter' | 'counterElsewhere' | 'planner' | 'admin';

interface Fixture {
  slug: string;
  serviceId: string;
  counterId: string;
  booked: string;
  waiting: string;
  called: string;
  missed: string;
}

/** The section's start page: every counter staff member and planner sees it (with the locations that are theirs). */
const SECTION = { counter: 200, counterElsewhere: 200, planner: 200, admin: 200, anonymous: 401, otherwise: 404 };
const PAGE = { counter: 200, planner: 200, admin: 200, anonymous: 401, otherwise: 404 };
const ACTION = { counter: 303, planner: 303, admin: 303, anonymous: 401, otherwise: 404 };

const today = () => berlinDay(new Date());

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'choose a location', method: 'GET', url: () => STAFF_PATHS.dayPlan, expect: SECTION },
  { what: 'day plan', method: 'GET', url: (fx) => STAFF_PATHS.dayPlanOf(fx.slug, today()), expect: PAGE },
  { what: 'booking page', method: 'GET', url: (fx) => STAFF_PATHS.booking(fx.booked), expect: PAGE },
  { what: 'walk-in form', method: 'GET', url: (fx) => STAFF_PATHS.walkIn(fx.slug), expect: PAGE },
  { what: 'check in', method: 'POST', url: (fx) => STAFF_PATHS.bookingCheckIn(fx.booked), form: () => ({}), expect: ACTION },
  { what: 'call', method: 'POST', url: (fx) => STAFF_PATHS.callNext(fx.slug), form: (fx) => ({ platz: fx.counterId, buchung: fx.waiting }), expect: ACTION },
  { what: 'done', method: 'POST', url: (fx) => STAFF_PATHS.bookingDone(fx.called), form: () => ({}), expect: ACTION },
  { what: 'no-show', method: 'POST', url: (fx) => STAFF_PATHS.bookingNoShow(fx.missed), form: () => ({}), expect: ACTION },
  { what: 'walk-in', method: 'POST', url: (fx) => STAFF_PATHS.walkIn(fx.slug), form: (fx) => ({ dienste: fx.serviceId }), expect: ACTION },
  { what: 'call-up display', method: 'GET', url: (fx) => PATHS.display(fx.slug), expect: { otherwise: 200 } },
];

const ACTORS: ActorName[] = ['anonymous', 'citizen', 'staffWithout', 'counter', 'counterElsewhere', 'planner', 'admin'];

describe('authorization matrix of the counters (appointments office)', () => {
  let t: TestApp;
  let fx: AppointmentFixture;
  const clients = new Map<ActorName, MatrixClient>();

  before(async () => {
    t = await createTestApp();
    fx = await insertAppointmentFixture(t.db);
    await department(t, 'standesamt', 'Standesamt');
    clients.set('anonymous', t.client());
    clients.set('citizen', await citizen(t));
    clients.set('staffWithout', await staffMember(t, [fx.departmentId], { permissions: [] }));
    clients.set('counter', await staffMember(t, [fx.departmentId], { permissions: [SERVE_PERMISSION] }));
    clients.set('counterElsewhere', await staffMember(t, ['standesamt'], { permissions: [SERVE_PERMISSION] }));
    clients.set('planner', await staffMember(t, [], { permissions: [PLAN_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  /** Fresh bookings of today for every test (the location stays): one booked, one waiting, one called, one of yesterday nobody came to. */
  async function fixture(): Promise<Fixture> {
    const place = { locationId: fx.rathaus.id, counterId: fx.rathaus.counters[0], serviceId: fx.services.personalausweis.id };
    const booked = await insertFixtureBooking(t.db, { ...place, day: today(), time: '23:40' });
    const waiting = await insertFixtureBooking(t.db, { ...place, day: today(), time: '23:30', state: 'waiting' });
    const called = await insertFixtureBooking(t.db, { ...place, day: today(), time: '23:20', state: 'called' });
    const missed = await insertFixtureBooking(t.db, { ...place, day: addDays(today(), -1), time: '08:00' });
    // Nobody still at the counter the row calls to (an earlier test's call): calling would end them too, a second audit entry.
    await t.db
      .update(appointmentBookings)
      .set({ state: 'done' })
      .where(and(eq(appointmentBookings.state, 'called'), isNotNull(appointmentBookings.calledCounterId)));
    return {
      slug: fx.rathaus.slug,
      serviceId: fx.services.meldebescheinigung.id,
      counterId: fx.rathaus.counters[1],
      booked: booked.id,
      waiting: waiting.id,
      called: called.id,
      missed: missed.id,
    };
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
