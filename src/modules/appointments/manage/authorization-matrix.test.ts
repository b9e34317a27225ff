/**
 * Who may see and change a citizen's booking: the account that booked it (its page in the account) and
 * whoever holds the link of the confirmation mail (the secret in the path is the key, no account
 * needed). Everyone else, staff and admins included (they work through the office's pages), gets the
 * 404 of a booking that does not exist, and a refused action changes nothing. The table is the specification.
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { count, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PATHS } from '../paths';
import { SERVE_PERMISSION } from '../policies';
import { appointmentBookings, appointmentSlots } from '../tables';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';

type ActorName = 'anonymous' | 'owner' | 'otherCitizen' | 'counterStaff' | 'admin';

interface Fixture {
  /** Booked from the owner's account, with its link. */
  owned: { id: string; secret: string };
  /** Booked by a guest, with its link. */
  guest: { id: string; secret: string };
}

const FORGED = 'A'.repeat(32);
/** The link opens the booking for anyone who holds it. */
const LINK = { otherwise: 200 };
const NOBODY = { otherwise: 404 };

const MATRIX: MatrixRow<ActorName, Fixture>[] = [
  { what: 'account page of one’s own booking', method: 'GET', url: (fx) => PATHS.accountBooking(fx.owned.id), expect: { owner: 200, otherwise: 404 } },
  { what: 'account page of a guest’s booking', method: 'GET', url: (fx) => PATHS.accountBooking(fx.guest.id), expect: NOBODY },
  { what: 'account page of a malformed id', method: 'GET', url: () => PATHS.accountBooking('kein-termin'), expect: NOBODY },
  { what: 'the link', method: 'GET', url: (fx) => PATHS.manage(fx.guest.secret), expect: LINK },
  { what: 'a forged link', method: 'GET', url: () => PATHS.manage(FORGED), expect: NOBODY },
  { what: 'the calendar file of a forged link', method: 'GET', url: () => PATHS.manageCalendar(FORGED), expect: NOBODY },
  { what: 'the cancel page of a forged link', method: 'GET', url: () => PATHS.manageCancel(FORGED), expect: NOBODY },
  { what: 'the rebook page of a forged link', method: 'GET', url: () => PATHS.manageRebook(FORGED), expect: NOBODY },
  { what: 'cancel by a forged link', method: 'POST', url: () => PATHS.manageCancel(FORGED), form: () => ({}), expect: NOBODY },
  {
    what: 'rebook by a forged link',
    method: 'POST',
    url: () => PATHS.manageRebook(FORGED),
    form: () => ({ tag: '2030-01-07', zeit: '09:00' }),
    expect: NOBODY,
  },
  { what: 'cancel by the link', method: 'POST', url: (fx) => PATHS.manageCancel(fx.guest.secret), form: () => ({}), expect: { otherwise: 303 } },
];

const ACTORS: ActorName[] = ['anonymous', 'owner', 'otherCitizen', 'counterStaff', 'admin'];

describe('authorization matrix of a citizen’s booking (link and account)', () => {
  let t: TestApp;
  let fx: AppointmentFixture;
  let owner: Person;
  let next = 0;
  const clients = new Map<ActorName, MatrixClient>();

  before(async () => {
    t = await createTestApp();
    fx = await insertAppointmentFixture(t.db);
    owner = await citizen(t, { email: 'owner@example.org' });
    clients.set('anonymous', t.client());
    clients.set('owner', owner);
    clients.set('otherCitizen', await citizen(t, { email: 'other@example.org' }));
    clients.set('counterStaff', await staffMember(t, [fx.departmentId], { permissions: [SERVE_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin' }));
  });
  after(() => t.close());

  /** Two bookings at times no earlier test used (a unit each, the fixture's mornings in turn). */
  async function booking(userId?: string): Promise<{ id: string; secret: string }> {
    const unit = next++;
    const day = fx.days[Math.floor(unit / 48) % fx.days.length]!;
    const minutes = 8 * 60 + (Math.floor(unit / 2) % 24) * 10;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const secret = randomBytes(24).toString('base64url');
    const counterId = fx.rathaus.counters[unit % 2]!;
    const { id } = await insertFixtureBooking(t.db, {
      locationId: fx.rathaus.id,
      counterId,
      serviceId: fx.services.meldebescheinigung.id,
      day,
      time,
      secret,
      ...(userId ? { userId, email: 'owner@example.org' } : { email: `guest${unit}@example.org` }),
    });
    return { id, secret };
  }

  runAuthorizationMatrix<ActorName, Fixture, unknown>({
    rows: MATRIX,
    actors: ACTORS,
    clients,
    fixture: async () => ({ owned: await booking(owner.id), guest: await booking() }),
    snapshot: async (f) => ({
      states: await t.db
        .select({ state: appointmentBookings.state })
        .from(appointmentBookings)
        .where(sql`${appointmentBookings.id} in (${f.owned.id}, ${f.guest.id})`),
      units: (await t.db.select({ n: count() }).from(appointmentSlots).where(eq(appointmentSlots.bookingId, f.guest.id)))[0]?.n,
      audits: (await t.db.select({ n: count() }).from(auditLog))[0]?.n,
    }),
  });
});
