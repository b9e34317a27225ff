import type { Actor } from '../../../../kernel/auth';
import { moduleSettings } from '../../../../kernel/config';
import { AppError, errors, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { VHS_PATHS, WEBINAR_PATHS } from '../../paths';
import { roomState, webinarSeat } from '../access';
import { BbbError } from '../bbb/xml-response';
import { newMeetingId, personalJoinUrl } from '../providers';
import { openRoom } from '../repository';
import { webinarSettings } from '../settings';

/**
 * "Jetzt teilnehmen": from 15 minutes before a session, a booked participant (or staff, as
 * moderator) gets their own signed link into the room; BigBlueButton's meeting is created first.
 * No provider configured, no seat, not an online course: 404. The conference server not answering
 * is a 503 page that says to try again; nothing is written then but the room's row.
 */
export async function joinWebinar(
  actor: Actor,
  input: { slug: string; now?: Date },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ url: string }>> {
  const seat = await webinarSeat(actor, input.slug, deps);
  const settings = moduleSettings(deps, webinarSettings);
  if (!settings) throw errors.notFound('Der Online-Raum');
  const room = roomState(seat.course, input.now ?? new Date());
  if (room.kind === 'over') return refuse({ join: 'Alle Termine dieses Kurses sind vorbei; der Online-Raum ist geschlossen.' });
  if (room.kind === 'later') return refuse({ join: 'Der Online-Raum ist noch nicht geöffnet. Er öffnet 15 Minuten vor Beginn des Termins.' });
  const { meetingId } = await openRoom(deps.db, seat.course.id, settings.provider, newMeetingId(seat.course.number));
  try {
    const url = await personalJoinUrl(settings, seat, {
      meetingId,
      session: room.session,
      courseUrl: `${deps.config.baseUrl}${VHS_PATHS.course(seat.course.slug)}`,
      endCallbackUrl: `${deps.config.baseUrl}${WEBINAR_PATHS.endCallback}`,
    });
    return { ok: true, url };
  } catch (error) {
    if (!(error instanceof BbbError)) throw error;
    throw new AppError(
      'webinar_unavailable',
      { status: 503, userMessage: 'Der Online-Raum ist gerade nicht erreichbar. Versuchen Sie es in einigen Minuten noch einmal.', cause: error },
      `BigBlueButton create failed: ${error.messageKey}`,
    );
  }
}
