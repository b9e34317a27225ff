import { eq, sql } from 'drizzle-orm';
import { findUserByEmail } from '../../../kernel/auth';
import type { Config } from '../../../kernel/config';
import { demoPersonName } from '../../../kernel/config/demo-names';
import type { Executor } from '../../../kernel/db';
import { demoLogins } from '../../admin';
import { insertBooking } from '../booking/repository';
import { vhsCourses, type VhsCourse } from '../tables';

/** People on the waitlist of every full demo course. */
const WAITING = 3;

type DemoCourse = Pick<VhsCourse, 'id' | 'feeCents' | 'seatsTaken' | 'maxParticipants' | 'state' | 'startsAt' | 'format'>;

/**
 * The bookings behind the pack's seat counters: as many booked participants as the course has seats
 * taken (booked at the counter, without an account), three on the waitlist of each full course, and
 * the demo citizen in one course with a seat and on one waitlist, so "Meine Kurse" and the
 * participants lists show real rows. Runs in the seeding transaction, for new courses only.
 */
export async function seedDemoBookings(tx: Executor, config: Config, courses: readonly DemoCourse[], now: Date): Promise<void> {
  let person = 0;
  const participant = () => demoPersonName((person += 1));
  for (const course of courses.filter((candidate) => candidate.state === 'published')) {
    for (let seat = 0; seat < course.seatsTaken; seat += 1) {
      await insertBooking(tx, {
        courseId: course.id,
        bookerId: null,
        participantName: participant(),
        participantBirthDate: null,
        state: 'booked',
        feeCents: course.feeCents,
      });
    }
    if (course.seatsTaken < course.maxParticipants) continue;
    for (let waiting = 0; waiting < WAITING; waiting += 1) {
      await insertBooking(tx, {
        courseId: course.id,
        bookerId: null,
        participantName: participant(),
        participantBirthDate: null,
        state: 'waitlisted',
        feeCents: course.feeCents,
      });
    }
  }
  await bookTheDemoCitizen(tx, config, courses, now);
}

async function bookTheDemoCitizen(tx: Executor, config: Config, courses: readonly DemoCourse[], now: Date): Promise<void> {
  const account = demoLogins(config)?.accounts.find((candidate) => candidate.role === 'citizen');
  const citizen = account && (await findUserByEmail(tx, account.email));
  if (!citizen) return;
  const coming = courses.filter((course) => course.state === 'published' && course.startsAt > now && course.format === 'in_person');
  const withSeat = coming.find((course) => course.seatsTaken < course.maxParticipants);
  const full = coming.find((course) => course.seatsTaken >= course.maxParticipants);
  if (withSeat) {
    await tx
      .update(vhsCourses)
      .set({ seatsTaken: sql`${vhsCourses.seatsTaken} + 1` })
      .where(eq(vhsCourses.id, withSeat.id));
    await insertBooking(tx, {
      courseId: withSeat.id,
      bookerId: citizen.id,
      participantName: citizen.displayName,
      participantBirthDate: null,
      state: 'booked',
      feeCents: withSeat.feeCents,
    });
  }
  if (full) {
    await insertBooking(tx, {
      courseId: full.id,
      bookerId: citizen.id,
      participantName: citizen.displayName,
      participantBirthDate: null,
      state: 'waitlisted',
      feeCents: full.feeCents,
    });
  }
}
