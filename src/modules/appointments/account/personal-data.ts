import { sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../kernel/auth';
import { queryRows, type Executor } from '../../../kernel/db';
import type { AccountOverviewCard, ErasureNote, ModuleDeps, PersonalDataHook } from '../../../kernel/module';
import { berlinDay } from '../../../kernel/time';
import { emailHashOf } from '../limits/person-limits';
import { ERASED_CONTACT } from '../lifecycle/retention';
import { PATHS } from '../paths';
import { releaseUnits } from '../slots/take-units';
import { bookingsOfAccount, isUpcoming } from './repository';

/*
 * The appointments' part of "Meine Daten", of the account deletion and of "Mein Konto". A booking
 * belongs to the person when the account made it or it carries the account's address (booked without
 * logging in); the no-shows counted against them are theirs too (kept as a hash of the address).
 */

const STATISTICS_REASON =
  'Tag, Uhrzeit, Standort und Anliegen bleiben ohne Bezug zu Ihnen für die Statistik des Bürgerbüros (Wartezeiten, Auslastung). Name, E-Mail-Adresse, Telefonnummer und der Link zum Termin sind gelöscht.';

async function noShowsOf(db: Executor, user: { id: string; email: string }): Promise<Array<{ day: string }>> {
  return queryRows<{ day: string }>(
    db,
    sql`select day from appointment_no_shows where user_id = ${user.id} or email_hash = ${emailHashOf(user.email)} order by day`,
  );
}

export const appointmentsPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const [bookings, noShows] = await Promise.all([bookingsOfAccount(db, user, { alsoByEmail: true }), noShowsOf(db, user)]);
    if (bookings.length === 0 && noShows.length === 0) return undefined;
    return {
      appointments: bookings.map((booking) => ({
        reference: booking.reference,
        state: booking.state,
        day: booking.day,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        location: booking.location,
        services: booking.services,
        name: booking.name,
        email: booking.email,
        phone: booking.phone,
        bookedWithAccount: booking.madeByAccount,
        bookedAt: booking.createdAt,
        cancelledAt: booking.cancelledAt,
      })),
      missedAppointments: noShows.map((noShow) => noShow.day),
    };
  },
  erase: async (user, tx) => eraseAppointmentsOf(user, tx),
};

/**
 * Runs in the account deletion's transaction: cancels the person's upcoming appointments (their time
 * is free again at once), erases the contact of all their bookings (the rows stay for the statistics,
 * as after the retention time) and deletes the no-shows counted against them. No mail goes out: the
 * confirmation page of the deletion says what happened.
 */
async function eraseAppointmentsOf(user: Pick<CurrentUser, 'id' | 'email'>, tx: Executor, now = new Date()): Promise<ErasureNote[]> {
  const bookings = await bookingsOfAccount(tx, user, { alsoByEmail: true });
  const today = berlinDay(now);
  const upcoming = bookings.filter((booking) => booking.state === 'booked' && isUpcoming(booking, today));
  for (const booking of upcoming) {
    await tx.execute(sql`update appointment_bookings set state = 'cancelled', cancelled_by = 'citizen', cancelled_at = ${now} where id = ${booking.id}`);
    await releaseUnits(tx, booking.id);
  }
  if (bookings.length > 0) {
    await tx.execute(
      sql`update appointment_bookings set ${ERASED_CONTACT}, erased_at = ${now}
        where id = any(array[${sql.join(
          bookings.map((booking) => sql`${booking.id}`),
          sql`, `,
        )}]::uuid[])`,
    );
  }
  const noShows = await queryRows<{ id: string }>(
    tx,
    sql`delete from appointment_no_shows where user_id = ${user.id} or email_hash = ${emailHashOf(user.email)} returning id`,
  );
  const others = bookings.length - upcoming.length;
  return [
    ...(upcoming.length > 0
      ? [
          {
            what: 'Anstehende Termine im Bürgerbüro, abgesagt',
            outcome: 'pseudonymised' as const,
            count: upcoming.length,
            reason: `Die Zeiten sind wieder frei. ${STATISTICS_REASON}`,
          },
        ]
      : []),
    ...(others > 0 ? [{ what: 'Frühere Termine im Bürgerbüro', outcome: 'pseudonymised' as const, count: others, reason: STATISTICS_REASON }] : []),
    ...(noShows.length > 0 ? [{ what: 'Gezählte versäumte Termine', outcome: 'deleted' as const, count: noShows.length }] : []),
  ];
}

const DAY_MONTH = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' });

/** The "Termine" card on Mein Konto: "1 Termin am 8. Dezember", "2 Termine, der nächste am 8. Dezember"; none without bookings. */
export async function appointmentsOverview(user: CurrentUser, { db }: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<AccountOverviewCard | undefined> {
  const bookings = await bookingsOfAccount(db, user);
  if (bookings.length === 0) return undefined;
  const upcoming = bookings.filter((booking) => isUpcoming(booking, berlinDay(now)));
  const next = upcoming[0];
  const nextDay = next ? DAY_MONTH.format(new Date(`${next.day}T12:00:00Z`)) : '';
  const summary =
    upcoming.length === 0
      ? 'Keine anstehenden Termine.'
      : upcoming.length === 1
        ? `1 Termin am ${nextDay}.`
        : `${upcoming.length} Termine, der nächste am ${nextDay}.`;
  return { title: 'Termine', summary, href: PATHS.account, linkLabel: 'Meine Termine ansehen' };
}
