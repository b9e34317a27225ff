import { moduleSettings } from '../../../../kernel/config';
import { consumeRateLimit, type FieldErrors, type RateLimitRule } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { appointmentSettings } from '../../settings';
import { holdHashOf, holdUnits, newHoldSecret, releaseHold } from '../../slots/hold-units';
import { checkPlace, checkTime, TAKEN_MESSAGE, type BookingStep } from '../check-choices';
import type { BookingChoices } from '../choices';
import { bookingWindow, dayRefusal, startOf } from '../plan';

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
 * settings), so the booking at the end cannot find it taken: the services and the location checked
 * first, the day against the window, the holds per address counted, then the units held in one
 * statement at the first counter that has them free (`holdUnits`, which itself decides what is free:
 * the day's free times are read only for the refusal's page, which offers those still free).
 * A hold the person had (they came back from the details page) is given back first. Holds belong to
 * no account and write nothing personal: only the held units know the hash of the hold's secret.
 */
export async function holdTime(request: { choices: BookingChoices; ip: string; now?: Date }, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<HoldOutcome> {
  const now = request.now ?? new Date();
  const settings = moduleSettings(deps, appointmentSettings);
  const window = bookingWindow(settings, now);
  const { choices } = request;
  const settled = await checkPlace(deps.db, choices);
  if (!settled.ok) return settled;
  const startsAt = choices.day && choices.time && !dayRefusal(choices.day, window) ? startOf(choices.day, choices.time) : undefined;
  // A wrong day or time: the check says which, with the messages of the steps.
  if (!startsAt || startsAt <= now) {
    const checked = await checkTime(deps.db, settled, { ...choices, hold: undefined }, window);
    return checked.ok ? { ok: false, step: 'time', errors: { zeit: TAKEN_MESSAGE } } : checked;
  }
  await consumeRateLimit(deps.db, `appointments.hold:${request.ip}`, HOLD_RATE_LIMIT);
  if (choices.hold) await releaseHold(deps.db, holdHashOf(choices.hold));
  const secret = newHoldSecret();
  const counterId = await holdUnits(deps.db, {
    holdHash: holdHashOf(secret),
    counterIds: settled.place.counterIds,
    startsAt,
    units: settled.place.units,
    slotMinutes: settled.place.location.slotMinutes,
    releasedBy: now,
    minutes: settings.holdMinutes,
  });
  // Taken meanwhile (or never a start): the time page again, whose fresh times say the rest (none left: the day's page, saying why).
  if (!counterId) return { ok: false, step: 'time', errors: { zeit: TAKEN_MESSAGE } };
  return { ok: true, choices: { ...choices, month: undefined, hold: secret } };
}
