import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import type { AccountOverviewCard, ErasureNote, ModuleDeps, PersonalDataHook } from '../../../../kernel/module';
import { vhsBookings, vhsCourses, vhsRefunds } from '../../tables';
import { bookingsOf, liveCounts } from '../account-repository';
import { findCourse, releaseSeat } from '../repository';
import { BOOKING_PATHS } from '../paths';
import { deleteProofsLater } from '../proof-files';
import { refundsOfBooker } from '../refund-repository';
import { oweRefund } from './owe-refund';
import { fillFreeSeats } from './fill-free-seats';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The "Volkshochschule" card on "Mein Konto". */
export async function bookingsOverview(user: CurrentUser, deps: Pick<ModuleDeps, 'db'>): Promise<AccountOverviewCard | undefined> {
  const { booked, waitlisted } = await liveCounts(deps.db, user.id);
  const summary =
    booked + waitlisted === 0
      ? 'Sie haben keinen Kurs gebucht.'
      : `${plural(booked, 'Kurs', 'Kurse')} gebucht, ${plural(waitlisted, 'Platz', 'Plätze')} auf der Warteliste.`;
  return { title: 'Volkshochschule', summary, href: BOOKING_PATHS.mineList, linkLabel: 'Meine Kurse ansehen' };
}

/**
 * Account deletion: bookings of courses that have not begun are given up (a seat goes to the
 * waitlist at once) and deleted with the waitlist places and cancelled ones; bookings of courses
 * that began stay as the VHS's record of participation and fees, no longer tied to the account.
 * A paid fee of a given-up seat is owed back (an Erstattung), and refunds stay, without the person.
 */
async function eraseBookings(user: CurrentUser, tx: Executor, deps: Pick<ModuleDeps, 'config'>): Promise<ErasureNote[]> {
  const future = await tx
    .selectDistinct({ courseId: vhsBookings.courseId })
    .from(vhsBookings)
    .innerJoin(vhsCourses, eq(vhsCourses.id, vhsBookings.courseId))
    .where(and(eq(vhsBookings.bookerId, user.id), eq(vhsBookings.state, 'booked'), gt(vhsCourses.startsAt, sql`now()`)));
  let refundsKept = (await refundsOfBooker(tx, user.id)).length;
  for (const { courseId } of future) {
    const course = await findCourse(tx, courseId, { forUpdate: true });
    // Giving up a paid seat is a cancellation in time: the fee is owed back before the booking goes.
    const givenUp = await tx
      .select()
      .from(vhsBookings)
      .where(and(eq(vhsBookings.courseId, courseId), eq(vhsBookings.bookerId, user.id), eq(vhsBookings.state, 'booked')));
    for (const booking of givenUp) {
      if (await oweRefund(tx, booking, { reason: 'participant_cancelled', amountCents: booking.feeCents, createdBy: null })) refundsKept += 1;
    }
    const freed = await tx
      .delete(vhsBookings)
      .where(and(eq(vhsBookings.courseId, courseId), eq(vhsBookings.bookerId, user.id), eq(vhsBookings.state, 'booked')))
      .returning({ id: vhsBookings.id, proof: vhsBookings.reductionProofKey });
    await deleteProofsLater(
      tx,
      freed.map((row) => row.proof),
    );
    for (let seat = 0; seat < freed.length; seat += 1) await releaseSeat(tx, courseId);
    if (course) await fillFreeSeats(tx, deps.config, course);
  }
  // The proofs of reductions go with the account: the decision and the fee stay on the booking.
  const proofs = await tx
    .select({ proof: vhsBookings.reductionProofKey })
    .from(vhsBookings)
    .where(and(eq(vhsBookings.bookerId, user.id), eq(vhsBookings.state, 'booked')));
  await deleteProofsLater(
    tx,
    proofs.map((row) => row.proof),
  );
  const started = await tx
    .update(vhsBookings)
    .set({ bookerId: null, reductionProofKey: null, updatedAt: sql`now()` })
    .where(and(eq(vhsBookings.bookerId, user.id), eq(vhsBookings.state, 'booked')))
    .returning({ id: vhsBookings.id });
  const deleted = await tx
    .delete(vhsBookings)
    .where(and(eq(vhsBookings.bookerId, user.id), inArray(vhsBookings.state, ['waitlisted', 'cancelled', 'course_cancelled'])))
    .returning({ id: vhsBookings.id, proof: vhsBookings.reductionProofKey });
  await deleteProofsLater(
    tx,
    deleted.map((row) => row.proof),
  );
  // Refunds stay for the VHS's accounts; the link to the person goes (the booking is deleted or pseudonymised above).
  await tx.update(vhsRefunds).set({ createdBy: null }).where(eq(vhsRefunds.createdBy, user.id));
  const notes: ErasureNote[] = [
    { what: 'Kursbuchungen, Wartelistenplätze und stornierte Buchungen', outcome: 'deleted', count: deleted.length + future.length },
    {
      what: 'Buchungen begonnener oder beendeter Kurse',
      outcome: 'pseudonymised',
      count: started.length,
      reason:
        'Die Volkshochschule braucht sie als Nachweis der Teilnahme und der Gebühren (Art. 17 Abs. 3 Buchst. b DSGVO); sie sind nicht mehr mit einem Konto verbunden.',
    },
    {
      what: 'Erstattungen von Kursgebühren',
      outcome: 'pseudonymised',
      count: refundsKept,
      reason:
        'Die Volkshochschule muss Erstattungen für ihre Buchhaltung aufbewahren (Art. 17 Abs. 3 Buchst. b DSGVO); sie sind nicht mehr mit einem Konto verbunden.',
    },
  ];
  return notes.filter((note) => note.count > 0);
}

export const bookingPersonalData: PersonalDataHook = {
  export: async (user, deps) => {
    const bookings = await bookingsOf(deps.db, user.id);
    if (bookings.length === 0) return undefined;
    const refunds = await refundsOfBooker(deps.db, user.id);
    return {
      refunds: refunds.map((refund) => ({
        reference: refund.reference,
        reason: refund.reason,
        amountCents: refund.amountCents,
        createdAt: refund.createdAt,
        transferredAt: refund.settledAt,
      })),
      bookings: bookings.map(({ booking, course }) => ({
        reference: booking.reference,
        course: `${course.title} (${course.number})`,
        participant: booking.participantName,
        participantBirthDate: booking.participantBirthDate,
        state: booking.state,
        feeCents: booking.feeCents,
        reduction: booking.reduction,
        bookedAt: booking.createdAt,
        cancelledAt: booking.cancelledAt,
      })),
    };
  },
  erase: (user, tx, deps) => eraseBookings(user, tx, deps),
};
