import { audit } from '../../../../kernel/audit';
import { requireSection, type Actor } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { errors, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { notifySessionChange } from '../../booking/use-cases/notify-session-change';
import { mayManageVhs } from '../../policies';
import { sessionsOf, syncCourseDates } from '../../programme/repository';
import { changeSession, findCourse, publishDraft } from '../repository';

/** The course (locked) and one of its sessions, or 404 for either: ids of other courses' sessions are not accepted. */
async function lockedSession(tx: Executor, courseId: string, sessionId: string) {
  const found = await findCourse(tx, courseId, { forUpdate: true });
  const session = found ? (await sessionsOf(tx, courseId)).find((candidate) => candidate.id === sessionId) : undefined;
  if (!found || !session) throw errors.notFound('Der Termin');
  return { course: found.course, session };
}

/** Publishes a draft course; false when it was not a draft (already published or cancelled). */
export async function publishCourse(actor: Actor, input: { id: string; ip: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<boolean> {
  requireSection(actor, mayManageVhs);
  return db.transaction(async (tx) => {
    const found = await findCourse(tx, input.id, { forUpdate: true });
    if (!found) throw errors.notFound('Der Kurs');
    if (!(await publishDraft(tx, input.id))) return false;
    await audit(tx, actor, {
      action: 'vhs.course.published',
      objectType: 'vhs_course',
      objectId: input.id,
      details: { number: found.course.number },
      ip: input.ip,
    });
    return true;
  });
}

/**
 * Moves a session to another time (and sets its note). A session with recorded attendance has
 * happened and is not moved; neither is one of a cancelled course. The course's dates follow, and
 * when the time really changed every booked participant gets a mail with the updated calendar in
 * the same transaction (saving the same time again, or only the note, mails nobody).
 */
export async function rescheduleSession(
  actor: Actor,
  input: { id: string; sessionId: string; startsAt: Date; endsAt: Date; note: string; ip: string },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ notified: number }>> {
  requireSection(actor, mayManageVhs);
  return db.transaction(async (tx) => {
    const { course, session } = await lockedSession(tx, input.id, input.sessionId);
    if (course.state === 'cancelled') return refuse({ day: 'Der Kurs ist abgesagt; seine Termine lassen sich nicht mehr ändern.' });
    if (session.attended > 0) return refuse({ day: 'Für diesen Termin ist schon Anwesenheit erfasst; er lässt sich nicht mehr verschieben.' });
    await changeSession(tx, course.id, session.id, { startsAt: input.startsAt, endsAt: input.endsAt, note: input.note });
    await syncCourseDates(tx, course.id);
    const moved = session.startsAt.getTime() !== input.startsAt.getTime() || session.endsAt.getTime() !== input.endsAt.getTime();
    const notified =
      moved && !session.cancelled ? await notifySessionChange(tx, config, course, { kind: 'moved', before: session, after: input, note: input.note }) : 0;
    await audit(tx, actor, {
      action: 'vhs.session.changed',
      objectType: 'vhs_session',
      objectId: session.id,
      details: { number: course.number, from: session.startsAt.toISOString(), to: input.startsAt.toISOString(), notified },
      ip: input.ip,
    });
    return { ok: true, notified };
  });
}

/**
 * Cancels one session (it stays listed, marked, and CANCELLED in calendars) and tells every booked
 * participant in the same transaction; null when it already was cancelled (nobody is mailed again).
 * Returns how many participants were told.
 */
export async function cancelSession(
  actor: Actor,
  input: { id: string; sessionId: string; reason?: string | undefined; ip: string },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ notified: number } | null> {
  requireSection(actor, mayManageVhs);
  return db.transaction(async (tx) => {
    const { course, session } = await lockedSession(tx, input.id, input.sessionId);
    if (session.cancelled) return null;
    await changeSession(tx, course.id, session.id, { cancelled: true, ...(input.reason ? { note: input.reason } : {}) });
    const notified = await notifySessionChange(tx, config, course, { kind: 'cancelled', session, reason: input.reason ?? '' });
    await audit(tx, actor, {
      action: 'vhs.session.cancelled',
      objectType: 'vhs_session',
      objectId: session.id,
      details: { number: course.number, startsAt: session.startsAt.toISOString(), notified },
      ip: input.ip,
    });
    return { notified };
  });
}
