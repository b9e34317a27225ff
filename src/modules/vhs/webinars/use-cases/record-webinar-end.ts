import { moduleSettings } from '../../../../kernel/config';
import type { ModuleDeps } from '../../../../kernel/module';
import { isGenuineEndCallback } from '../bbb/end-callback';
import { markRoomEnded } from '../repository';
import { webinarSettings } from '../settings';

/**
 * BigBlueButton's end callback. Only a URL the portal signed counts: a forged or altered one (or
 * any callback while BigBlueButton is not the provider) is refused and changes nothing.
 */
export async function recordWebinarEnd(
  input: { meetingId: string; signature: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<'recorded' | 'unknown' | 'refused'> {
  const settings = moduleSettings(deps, webinarSettings);
  if (settings?.provider !== 'bbb' || !isGenuineEndCallback(input.meetingId, input.signature, settings.bbb.sharedSecret)) return 'refused';
  return (await markRoomEnded(deps.db, input.meetingId)) ? 'recorded' : 'unknown';
}
