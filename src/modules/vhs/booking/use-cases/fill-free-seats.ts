import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { sendMail } from '../../../../kernel/mail';
import type { VhsCourse } from '../../tables';
import { promotedMail } from '../mails';
import { placeLine, promoteFirstWaiting, releaseSeat, takeSeat } from '../repository';
import { courseCalendarAttachment } from '../calendar-attachment';

/**
 * Hands free seats to the waitlist in `position` order, inside the caller's transaction (the one
 * that freed the seat), and queues each promoted person's mail in the same transaction: it is sent
 * exactly once, because the promotion marks `notified_at` in the statement that gives the seat.
 * Returns how many moved up.
 */
export async function fillFreeSeats(tx: Executor, config: Config, course: VhsCourse): Promise<number> {
  let promoted = 0;
  while (await takeSeatForWaitlist(tx, course.id)) {
    const booking = await promoteFirstWaiting(tx, course.id);
    if (!booking) {
      await releaseSeat(tx, course.id);
      break;
    }
    promoted += 1;
    if (booking.bookerEmail) {
      const mail = promotedMail(config, booking.bookerEmail, { ...course, where: await placeLine(tx, course) }, booking, new Date());
      await sendMail(tx, { ...mail, attachments: await courseCalendarAttachment(tx, course, config) });
    }
  }
  return promoted;
}

/** A waitlisted person moves up even after the booking deadline: the seat was theirs in the queue. */
async function takeSeatForWaitlist(tx: Executor, courseId: string): Promise<boolean> {
  return takeSeat(tx, courseId, { ignoreBookingWindow: true });
}
