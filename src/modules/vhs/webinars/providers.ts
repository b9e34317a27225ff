import { randomBytes } from 'node:crypto';
import { bbbClient } from './bbb/client';
import { endCallbackSignature } from './bbb/end-callback';
import { jitsiJoinUrl } from './jitsi/jwt';
import type { WebinarSeat } from './access';
import type { WebinarSettings } from './settings';

/** A Jitsi link stays valid this long after the session's end (a session that runs over). */
const JITSI_GRACE_MS = 60 * 60_000;

/**
 * A room name nobody guesses: the Kursnummer for the people who read server logs, and 72 random bits.
 * Lower case only, because Jitsi lower-cases room names.
 */
export function newMeetingId(courseNumber: string): string {
  const readable = courseNumber
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `vhs-${readable}-${randomBytes(9).toString('hex')}`;
}

export interface JoinContext {
  meetingId: string;
  session: { endsAt: Date };
  /** Absolute URLs of the portal: where BigBlueButton sends people when they leave, and its end callback. */
  courseUrl: string;
  endCallbackUrl: string;
}

/**
 * The person's own signed link into the room. BigBlueButton first gets `create` (harmless when the
 * meeting exists: duplicateWarning), then the join URL carries the role and the meeting's createTime;
 * Jitsi needs no call, its JWT names the room and the moderator flag.
 */
export async function personalJoinUrl(settings: WebinarSettings, seat: WebinarSeat, context: JoinContext): Promise<string> {
  if (settings.provider === 'jitsi') {
    return jitsiJoinUrl(settings.jitsi, {
      room: context.meetingId,
      name: seat.displayName,
      id: seat.personId,
      moderator: seat.role === 'moderator',
      expiresAt: new Date(context.session.endsAt.getTime() + JITSI_GRACE_MS),
    });
  }
  const client = bbbClient(settings.bbb);
  const signature = endCallbackSignature(context.meetingId, settings.bbb.sharedSecret);
  const meeting = await client.create({
    meetingID: context.meetingId,
    name: seat.course.title,
    logoutURL: context.courseUrl,
    endCallbackUrl: `${context.endCallbackUrl}?meetingID=${encodeURIComponent(context.meetingId)}&signature=${signature}`,
  });
  return client.joinUrl({
    meetingID: context.meetingId,
    fullName: seat.displayName,
    role: seat.role === 'moderator' ? 'MODERATOR' : 'VIEWER',
    userID: seat.personId,
    createTime: meeting.createTime,
  });
}
