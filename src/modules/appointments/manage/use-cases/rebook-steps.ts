import type { Actor } from '../../../../kernel/auth';
import { moduleSettings } from '../../../../kernel/config';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { checkTime } from '../../booking/check-choices';
import type { BookingChoices } from '../../booking/choices';
import {
  bookingWindow,
  dayRefusal,
  monthToShow,
  freeDaysOfMonth,
  freeTimesOfDay,
  noFreeTimeMessage,
  type BookingWindow,
  type PlannedPlace,
  type PlannedService,
} from '../../booking/plan';
import { manageSecretOf } from '../../policies';
import { appointmentSettings } from '../../settings';
import type { BookingKey } from './open-managed-booking';
import { planRebooking } from './rebook-appointment';

interface Settled {
  secret: string;
  reference: string;
  services: PlannedService[];
  place: PlannedPlace;
  /** The office cancelled the booking: a new time is booked, nothing is cancelled. */
  afterClosure: boolean;
  errors?: FieldErrors | undefined;
}

/** A page of moving a booking: why it cannot be moved, or the day, the time, the confirmation to send. */
export type RebookView =
  | { step: 'locked'; secret: string; message: string }
  | (Settled & { step: 'day'; month: string; freeDays: Set<string>; window: BookingWindow })
  | (Settled & { step: 'time'; day: string; times: string[] })
  | (Settled & { step: 'confirm'; day: string; time: string; startsAt: Date });

/**
 * Moving a booking reuses the booking's day and time questions with its own services and location:
 * without a day the month, with a day its free times, with a time (checked again) the confirmation.
 * `errors` from a refused POST show the step they name.
 */
export async function openRebookStep(
  actor: Actor,
  key: BookingKey,
  choices: Pick<BookingChoices, 'day' | 'time' | 'month'>,
  deps: Pick<ModuleDeps, 'db' | 'config'>,
  refused?: { step: 'day' | 'time'; errors: FieldErrors },
): Promise<RebookView> {
  const now = new Date();
  const window = bookingWindow(moduleSettings(deps, appointmentSettings), now);
  const plan = await planRebooking(deps.db, actor, key, now);
  const secret = 'secret' in key ? key.secret : '';
  if (!plan.ok) return { step: 'locked', secret, message: plan.locked };
  const settled = {
    secret: manageSecretOf(deps.config.secret, plan.booking.id),
    reference: plan.booking.reference,
    services: plan.services,
    place: plan.place,
    afterClosure: plan.afterClosure,
  };
  const dayView = async (errors?: FieldErrors): Promise<RebookView> => {
    const month = monthToShow(choices, window);
    return { step: 'day', ...settled, errors, month, window, freeDays: await freeDaysOfMonth(deps.db, plan.place, window, month) };
  };
  if (refused?.step === 'day') return dayView(refused.errors);
  if (!choices.day) return dayView();
  const refusal = dayRefusal(choices.day, window);
  if (refusal) return dayView({ tag: refusal });
  const times = (await freeTimesOfDay(deps.db, plan.place, window, choices.day)).map((time) => time.time);
  if (times.length === 0) return dayView({ tag: await noFreeTimeMessage(deps.db, plan.place, window, choices.day) });
  const timeView: RebookView = { step: 'time', ...settled, day: choices.day, times };
  if (refused) return { ...timeView, errors: refused.errors };
  if (!choices.time) return timeView;
  const checked = await checkTime(deps.db, plan, choices, window);
  if (!checked.ok) return { ...timeView, errors: checked.errors };
  return { step: 'confirm', ...settled, day: checked.day, time: choices.time, startsAt: checked.startsAt };
}
