import { audit } from '../../../../kernel/audit';
import { loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { findCourse } from '../repository';
import { courseSessions, replaceAttendance } from '../staff-repository';

/**
 * Staff tick who came to which session (`sessionId:bookingId` pairs, one checkbox each); the ticks
 * replace the course's previous attendance, session by session, in one audited transaction. Pairs
 * of other courses or of bookings without a seat are ignored.
 */
export async function recordAttendance(
  actor: Actor,
  input: { courseId: string; present: readonly string[]; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ present: number }> {
  requireSection(actor, mayManageVhs);
  return deps.db.transaction(async (tx) => {
    const course = await loadAuthorized(actor, () => findCourse(tx, input.courseId), mayManageVhs, 'Der Kurs');
    let present = 0;
    for (const session of await courseSessions(tx, course.id)) {
      const bookingIds = input.present.filter((pair) => pair.startsWith(`${session.id}:`)).map((pair) => pair.slice(session.id.length + 1));
      present += await replaceAttendance(tx, session, bookingIds, actor.id);
    }
    await audit(tx, actor, {
      action: 'vhs.attendance.recorded',
      objectType: 'vhs_course',
      objectId: course.id,
      details: { number: course.number, present },
      ip: input.ip,
    });
    return { present };
  });
}
