import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { upcomingClosures, type ClosureRow } from '../../planning/repository';
import type { BookingWindow } from '../plan';
import {
  activeLocationBySlug,
  activeLocations,
  activeServices,
  comingOpeningHours,
  currentOpeningHours,
  type LocationRow,
  type OpeningTime,
  type ServiceRow,
} from '../repository';

export interface AppointmentsStart {
  services: readonly ServiceRow[];
  locations: Array<{ location: LocationRow; hours: OpeningTime[] }>;
}

/** /termine: what one can book and where, with each location's opening hours. */
export async function showAppointmentsStart(deps: Pick<ModuleDeps, 'db'>): Promise<AppointmentsStart> {
  const [services, locations] = await Promise.all([activeServices(deps.db), activeLocations(deps.db)]);
  const hours = await currentOpeningHours(
    deps.db,
    locations.map((location) => location.id),
    berlinDay(new Date()),
  );
  return { services, locations: locations.map((location) => ({ location, hours: hours.get(location.id) ?? [] })) };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LocationDetails {
  location: LocationRow;
  hours: OpeningTime[];
  /** Opening hours that start on a later day, the soonest first. */
  comingHours: Array<{ validFrom: string; hours: OpeningTime[] }>;
  /** The whole location's closures not yet over that begin within the booking window (one counter's stay unsaid: others serve). */
  closures: ClosureRow[];
}

/**
 * A location's page: address, opening hours (today's and those coming), its closures within the
 * booking window, directions, accessibility; 404 for an unknown or closed one.
 */
export async function showLocation(slug: string, window: BookingWindow, deps: Pick<ModuleDeps, 'db'>): Promise<LocationDetails> {
  const location = SLUG.test(slug) ? await activeLocationBySlug(deps.db, slug) : undefined;
  if (!location) throw errors.notFound('Der Standort');
  const [hours, comingHours, closures] = await Promise.all([
    currentOpeningHours(deps.db, [location.id], window.today),
    comingOpeningHours(deps.db, location.id, window.today),
    upcomingClosures(deps.db, window.today, location.id),
  ]);
  return {
    location,
    hours: hours.get(location.id) ?? [],
    comingHours,
    closures: closures.filter((closure) => closure.counterName === null && closure.firstDay <= window.lastDay),
  };
}
