import type { Executor } from '../../../../kernel/db';
import type { FieldErrors } from '../../../../kernel/http';
import { PATHS } from '../../paths';
import { checkChoices, checkTime, type BookingStep } from '../check-choices';
import { stepHref, type BookingChoices } from '../choices';
import {
  dayRefusal,
  monthToShow,
  freeDaysOfMonth,
  freeTimesOfDay,
  noFreeTimeMessage,
  planPlace,
  planServices,
  type BookingWindow,
  type PlannedPlace,
  type PlannedService,
} from '../plan';
import { activeLocations, activeServices, locationIdsOffering, type LocationRow, type ServiceRow } from '../repository';

/** What a step page shows; `errors` makes it a form shown again (400). */
export type StepView = { choices: BookingChoices; errors?: FieldErrors | undefined } & (
  | { step: 'services'; services: readonly ServiceRow[] }
  | { step: 'location'; locations: readonly LocationRow[] }
  | ({ step: 'day' | 'time' | 'details'; services: PlannedService[]; place: PlannedPlace } & (
      | { step: 'day'; month: string; freeDays: Set<string>; window: BookingWindow }
      | { step: 'time'; day: string; times: string[] }
      | { step: 'details'; day: string; startsAt: Date; heldUntil?: Date | undefined }
    ))
);

export type StepAnswer = StepView | { redirect: string };

const NEXT: Record<Exclude<BookingStep, 'details'>, string> = {
  services: PATHS.bookLocation,
  location: PATHS.bookDay,
  day: PATHS.bookTime,
  time: PATHS.bookDetails,
};

/**
 * One step of the booking as a GET: the step's page, or, when its form was sent (`sent`) and its
 * answer is right, the redirect to the next step. Every earlier choice is checked first; a wrong one
 * shows its own step again with the message (a link from an old page, a day booked up meanwhile).
 */
export async function openBookingStep(db: Executor, step: BookingStep, choices: BookingChoices, sent: boolean, window: BookingWindow): Promise<StepAnswer> {
  if (!sent || step === 'details' || step === 'day') return stepView(db, step, choices, window);
  const own = await stepView(db, step, choices, window);
  if (own.step !== step) return own;
  const checked = await checkUpTo(db, step, choices, window);
  if (checked.ok) return { redirect: stepHref(NEXT[step], { ...choices, month: undefined }) };
  return stepView(db, checked.step, choices, window, checked.errors);
}

/** The choices up to and including `step` (a later step's missing answer is no error yet). */
async function checkUpTo(
  db: Executor,
  step: BookingStep,
  choices: BookingChoices,
  window: BookingWindow,
): Promise<{ ok: true } | { ok: false; step: BookingStep; errors: FieldErrors }> {
  if (step === 'services') {
    const services = await planServices(db, choices);
    return services.ok ? { ok: true } : { ok: false, step, errors: services.errors };
  }
  const checked = await checkChoices(db, choices, window);
  if (checked.ok) return checked;
  const order: BookingStep[] = ['services', 'location', 'day', 'time', 'details'];
  return order.indexOf(checked.step) <= order.indexOf(step) ? checked : { ok: true };
}

/** The page of `step` with `errors`, or of the first earlier step whose choice is wrong (with its message). */
export async function stepView(db: Executor, step: BookingStep, choices: BookingChoices, window: BookingWindow, errors?: FieldErrors): Promise<StepView> {
  if (step === 'services') {
    const services = await activeServices(db);
    // With nothing to book the page says so; there is no field a message could point to.
    return { step, choices, errors: services.length > 0 ? errors : undefined, services };
  }
  const services = await planServices(db, choices);
  if (!services.ok) return stepView(db, 'services', choices, window, services.errors);
  if (step === 'location') {
    const [locations, offering] = await Promise.all([
      activeLocations(db),
      locationIdsOffering(
        db,
        services.services.map((service) => service.id),
      ),
    ]);
    return { step, choices, errors, locations: locations.filter((location) => offering.has(location.id)) };
  }
  const place = await planPlace(db, services.services, choices.location);
  if (!place.ok) return stepView(db, 'location', choices, window, place.errors);
  const settled = { services: services.services, place };
  const refusal = step === 'time' ? dayRefusal(choices.day, window) : null;
  if (step === 'day' || refusal || !choices.day) {
    const month = monthToShow(choices, window);
    const dayErrors = refusal ? { tag: refusal } : errors;
    return { step: 'day', choices, errors: dayErrors, ...settled, month, window, freeDays: await freeDaysOfMonth(db, place, window, month) };
  }
  if (step === 'time') {
    const times = (await freeTimesOfDay(db, place, window, choices.day)).map((time) => time.time);
    if (times.length === 0) return stepView(db, 'day', choices, window, { tag: await noFreeTimeMessage(db, place, window, choices.day) });
    return { step, choices, errors, ...settled, day: choices.day, times };
  }
  const checked = await checkTime(db, settled, choices, window);
  if (!checked.ok) return stepView(db, checked.step, choices, window, checked.errors);
  return { step, choices, errors, ...settled, day: checked.day, startsAt: checked.startsAt, heldUntil: checked.heldUntil };
}
