import { moduleSettings } from '../../../../kernel/config';
import { consumeRateLimit, type FieldErrors, type RateLimitRule } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { appointmentSettings } from '../../settings';
import { holdHashOf, holdUnits, newHoldSecret, releaseHold } from '../../slots/hold-units';
import { checkChoices, TAKEN_MESSAGE, type BookingStep } from '../check-choices';
import type { BookingChoices } from '../choices';
import { bookingWindow } from '../plan';

/**
 * Holds per address and ten minutes: a family choosing a few times again is far below it; a script
 * holding every time of a release to sell them on is stopped after a few.
 */
export const HOLD_RATE_LIMIT: RateLimitRule = { limit: 20, windowSeconds: 600 };

export type HoldOutcome =
  /** The choices with the new hold's secret, for the details page. */
  { ok: true; choices: BookingChoices } | { ok: false; step: BookingStep; errors: FieldErrors };

/**
 * Holds the time chosen on the time page while the person types their details (`holdMinutes` of the
 * settings), so the booking at the end cannot find it taken: every choice checked first (the step it
 * belongs to named when wrong), the holds per address counted, then the units held in one statement
 * per counter tried. Someone faster: the time page again with the times still free. A hold the person
 * had (they came back from the details page) is given back first. Holds belong to no account and write
 * nothing personal: only the held units know the hash of the hold's secret.
 */
export async function holdTime(request: { choices: BookingChoices; ip: string; now?: Date }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<HoldOutcome> {
  const now = request.now ?? new Date();
  const settings = moduleSettings(deps, appointmentSettings);
  const checked = await checkChoices(deps.db, request.choices, bookingWindow(settings, now));
  if (!checked.ok) return checked;
  await consumeRateLimit(deps.db, `appointments.hold:${request.ip}`, HOLD_RATE_LIMIT);
  if (request.choices.hold) await releaseHold(deps.db, holdHashOf(request.choices.hold));
  const secret = newHoldSecret();
  const counterId = await holdUnits(deps.db, {
    holdHash: holdHashOf(secret),
    counterIds: checked.place.counterIds,
    startsAt: checked.startsAt,
    units: checked.place.units,
    slotMinutes: checked.place.location.slotMinutes,
    releasedBy: now,
    minutes: settings.holdMinutes,
  });
  if (!counterId) return { ok: false, step: 'time', errors: { zeit: TAKEN_MESSAGE } };
  return { ok: true, choices: { ...request.choices, month: undefined, hold: secret } };
}
