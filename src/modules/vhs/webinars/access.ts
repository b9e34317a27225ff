import { errors } from '../../../kernel/http';
import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { mayManageVhs } from '../policies';
import { findBookedSeat, findWebinarCourse, type WebinarCourse } from './repository';

/** The room opens this long before a session starts, so people can test sound and camera. */
export const ROOM_OPENS_BEFORE_MS = 15 * 60_000;

export interface WebinarSeat {
  course: WebinarCourse;
  /** Staff of the VHS lead the meeting; participants watch and speak when the moderator lets them. */
  role: 'participant' | 'moderator';
  /** The name the others see: the booked participant's (a child booked by a parent), or the staff member's. */
  displayName: string;
  /** Our id of the person in the room: the booking, or the staff account. */
  personId: string;
}

/**
 * Who may enter a course's online room: a person holding a booked seat (not waitlisted, not
 * cancelled), or staff with vhs.manage as moderator. Everyone else gets 404, exactly as for a
 * course that does not exist or is not online, so nobody learns which webinars someone booked.
 */
export async function webinarSeat(actor: Actor, slug: string, { db }: Pick<ModuleDeps, 'db'>): Promise<WebinarSeat> {
  if (!actor) throw errors.loginRequired();
  const course = await findWebinarCourse(db, slug);
  if (!course || course.format === 'in_person') throw errors.notFound('Der Online-Kurs');
  if (mayManageVhs(actor)) return { course, role: 'moderator', displayName: actor.displayName, personId: actor.id };
  if (course.state !== 'published') throw errors.notFound('Der Online-Kurs');
  const seat = await findBookedSeat(db, course.id, actor.id);
  if (!seat) throw errors.notFound('Der Online-Kurs');
  return { course, role: 'participant', displayName: seat.participantName, personId: seat.id };
}

export type RoomState =
  { kind: 'open'; session: { startsAt: Date; endsAt: Date } } | { kind: 'later'; opensAt: Date; session: { startsAt: Date; endsAt: Date } } | { kind: 'over' };

/** Whether the room is open now: from 15 minutes before a session that is not cancelled until its end. */
export function roomState(course: Pick<WebinarCourse, 'sessions' | 'state'>, now: Date): RoomState {
  if (course.state === 'cancelled') return { kind: 'over' };
  const upcoming = course.sessions.filter((session) => !session.cancelled && session.endsAt.getTime() > now.getTime());
  const next = upcoming[0];
  if (!next) return { kind: 'over' };
  const opensAt = new Date(next.startsAt.getTime() - ROOM_OPENS_BEFORE_MS);
  return opensAt.getTime() <= now.getTime() ? { kind: 'open', session: next } : { kind: 'later', opensAt, session: next };
}
