import type { Actor } from '../../../../kernel/auth';
import { moduleSettings } from '../../../../kernel/config';
import type { ModuleDeps } from '../../../../kernel/module';
import { roomState, webinarSeat, type RoomState, type WebinarSeat } from '../access';
import { webinarSettings } from '../settings';

export interface OnlineAccess {
  seat: WebinarSeat;
  room: RoomState;
  /** No conference system configured: the VHS sends the access link by e-mail. */
  linkByMail: boolean;
}

/** What a booked participant (or VHS staff) sees about a course's online room. */
export async function showOnlineAccess(actor: Actor, input: { slug: string; now?: Date }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<OnlineAccess> {
  const seat = await webinarSeat(actor, input.slug, deps);
  return { seat, room: roomState(seat.course, input.now ?? new Date()), linkByMail: moduleSettings(deps, webinarSettings) === undefined };
}
