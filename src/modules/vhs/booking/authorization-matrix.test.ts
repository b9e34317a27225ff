/**
 * Who may open which URL of booking: the staff pages and actions and the citizen's own booking
 * pages, for every kind of actor. Forbidden answers look like missing ones (404); the table is the
 * specification.
 */
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { eq } from 'drizzle-orm';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MANAGE_PERMISSION } from '../policies';
import { vhsBookings, vhsCourses, vhsRefunds } from '../tables';
import { createCourse } from '../test-support';
import { BOOKING_PATHS } from './paths';

type ActorName = 'anonymous' | 'booker' | 'otherCitizen' | 'staffWithout' | 'vhsStaff' | 'admin';

interface Fixture {
  courseId: string;
  bookingId: string;
  refundId: string;
}

const LOGIN = { anonymous: 303 };
/** Staff pages ask visitors to log in with 401 (kernel requireSection), citizen pages redirect to the login. */
const STAFF_OK = { anonymous: 401, vhsStaff: 200, admin: 200, otherwise: 404 };
const STAFF_REDIRECT = { anonymous: 401, vhsStaff: 303, admin: 303, otherwise: 404 };
const OWN = { ...LOGIN, booker: 200, otherwise: 404 };

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'participants section', method: 'GET', url: () => BOOKING_PATHS.staffList, expect: STAFF_OK },
  { what: 'course participants', method: 'GET', url: (fx) => BOOKING_PATHS.staffCourse(fx.courseId), expect: STAFF_OK },
  { what: 'participants CSV', method: 'GET', url: (fx) => BOOKING_PATHS.staffCsv(fx.courseId), expect: STAFF_OK },
  { what: 'cancel-course form', method: 'GET', url: (fx) => BOOKING_PATHS.staffCancelCourse(fx.courseId), expect: STAFF_OK },
  { what: 'attendance', method: 'POST', url: (fx) => BOOKING_PATHS.staffAttendance(fx.courseId), form: () => ({}), expect: STAFF_REDIRECT },
  {
    what: 'cancel course',
    method: 'POST',
    url: (fx) => BOOKING_PATHS.staffCancelCourse(fx.courseId),
    form: () => ({ grund: 'Zu wenige Anmeldungen', bestaetigt: 'ja' }),
    expect: STAFF_REDIRECT,
  },
  {
    what: 'decide reduction',
    method: 'POST',
    url: (fx) => BOOKING_PATHS.staffReduction(fx.courseId, fx.bookingId),
    form: () => ({ entscheidung: 'gewaehrt' }),
    expect: STAFF_REDIRECT,
  },
  {
    what: 'reduction request without proof',
    method: 'POST',
    url: (fx) => BOOKING_PATHS.mineReduction(fx.bookingId),
    form: () => ({}),
    expect: { ...LOGIN, booker: 400, otherwise: 404 },
  },
  { what: 'refunds list', method: 'GET', url: () => BOOKING_PATHS.staffRefunds, expect: STAFF_OK },
  { what: 'refund confirmation', method: 'GET', url: (fx) => BOOKING_PATHS.staffRefund(fx.refundId), expect: STAFF_OK },
  { what: 'settle refund', method: 'POST', url: (fx) => BOOKING_PATHS.staffRefund(fx.refundId), form: () => ({}), expect: STAFF_REDIRECT },
  { what: 'own booking', method: 'GET', url: (fx) => BOOKING_PATHS.mine(fx.bookingId), expect: OWN },
  { what: 'cancel confirmation', method: 'GET', url: (fx) => BOOKING_PATHS.mineCancel(fx.bookingId), expect: OWN },
  {
    what: 'cancel booking',
    method: 'POST',
    url: (fx) => BOOKING_PATHS.mineCancel(fx.bookingId),
    form: () => ({}),
    expect: { ...LOGIN, booker: 303, otherwise: 404 },
  },
  { what: 'Meine Kurse', method: 'GET', url: () => BOOKING_PATHS.mineList, expect: { anonymous: 303, otherwise: 200 } },
];

const ACTORS: ActorName[] = ['anonymous', 'booker', 'otherCitizen', 'staffWithout', 'vhsStaff', 'admin'];

describe('authorization matrix of VHS booking', () => {
  let t: TestApp;
  const sessions = new Map<ActorName, MatrixClient>();
  let booker: Awaited<ReturnType<typeof citizen>>;

  before(async () => {
    t = await createTestApp();
    booker = await citizen(t);
    sessions.set('anonymous', t.client());
    sessions.set('booker', booker);
    sessions.set('otherCitizen', await citizen(t));
    sessions.set('staffWithout', await staffMember(t, [], { permissions: [] }));
    sessions.set('vhsStaff', await staffMember(t, [], { permissions: [MANAGE_PERMISSION] }));
    sessions.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  async function fixture(): Promise<Fixture> {
    const course = await createCourse(t);
    const booked = await booker.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    assert.equal(booked.statusCode, 303);
    const bookingId = String(booked.headers.location).split('/').pop()!;
    // A refund owed for the booking, as a paid cancellation records it.
    const [refund] = await t.db
      .insert(vhsRefunds)
      .values({ bookingId, reference: 'VHS-2027-999999', courseId: course.id, reason: 'participant_cancelled', amountCents: 8900 })
      .returning({ id: vhsRefunds.id });
    return { courseId: course.id, bookingId, refundId: refund!.id };
  }

  async function fingerprint(fx: Fixture) {
    const [course] = await t.db.select({ state: vhsCourses.state, seats: vhsCourses.seatsTaken }).from(vhsCourses).where(eq(vhsCourses.id, fx.courseId));
    const [booking] = await t.db.select({ state: vhsBookings.state }).from(vhsBookings).where(eq(vhsBookings.id, fx.bookingId));
    const [refund] = await t.db.select({ settledAt: vhsRefunds.settledAt }).from(vhsRefunds).where(eq(vhsRefunds.id, fx.refundId));
    return { ...course, booking: booking?.state, refundSettled: refund?.settledAt !== null };
  }

  runAuthorizationMatrix({
    rows: MATRIX,
    actors: ACTORS,
    clients: sessions,
    fixture,
    snapshot: fingerprint,
    // A visitor's 303 is the redirect to the login, not the action's.
    refused: (status, actor) => status !== 303 || actor === 'anonymous',
  });
});
