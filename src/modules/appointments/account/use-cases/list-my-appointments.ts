import { requireThat, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { bookingsOfAccount, isUpcoming, type AccountBooking } from '../repository';

export interface MyAppointments {
  /** Soonest first. */
  upcoming: AccountBooking[];
  /** Latest first: done, missed, cancelled, and those of past days. */
  past: AccountBooking[];
}

const loggedIn = (actor: Actor) => actor !== null;

/** "Meine Termine": the bookings the account made, upcoming first, then the past ones; nobody else's. */
export async function listMyAppointments(actor: Actor, deps: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<MyAppointments> {
  requireThat(actor, loggedIn);
  const bookings = await bookingsOfAccount(deps.db, actor);
  const today = berlinDay(now);
  return {
    upcoming: bookings.filter((booking) => isUpcoming(booking, today)),
    past: bookings.filter((booking) => !isUpcoming(booking, today)).reverse(),
  };
}
