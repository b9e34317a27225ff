import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { sendMail } from '../../../../kernel/mail';
import type { VhsCourse } from '../../tables';
import { courseCalendarAttachment } from '../calendar-attachment';
import { placeLine } from '../repository';
import { sessionChangedMail, type SessionChange } from '../session-mails';
import { bookedWithEmails } from '../staff-repository';

/**
 * Queues one mail per booked participant about a moved or cancelled session, in the transaction
 * that changed it (so the mails go out exactly when the change is committed, and a repeated request
 * that changes nothing mails nobody). Waitlisted people are not told: the session is not theirs yet.
 * Each mail carries the course's calendar as it is now. Returns how many participants were told.
 */
export async function notifySessionChange(tx: Executor, config: Config, course: VhsCourse, change: SessionChange): Promise<number> {
  const booked = await bookedWithEmails(tx, course.id);
  if (booked.length === 0) return 0;
  const facts = { ...course, where: await placeLine(tx, course) };
  const attachments = await courseCalendarAttachment(tx, course, config);
  let told = 0;
  for (const { booking, email } of booked) {
    if (!email) continue;
    await sendMail(tx, { ...sessionChangedMail(config, email, facts, booking, change), attachments });
    told += 1;
  }
  return told;
}
