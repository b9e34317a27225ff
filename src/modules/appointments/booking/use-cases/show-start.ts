import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { activeLocationBySlug, activeLocations, activeServices, currentOpeningHours, type LocationRow, type OpeningTime, type ServiceRow } from '../repository';

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

/** A location's page: address, opening hours, directions, accessibility; 404 for an unknown or closed one. */
export async function showLocation(slug: string, deps: Pick<ModuleDeps, 'db'>): Promise<{ location: LocationRow; hours: OpeningTime[] }> {
  const location = SLUG.test(slug) ? await activeLocationBySlug(deps.db, slug) : undefined;
  if (!location) throw errors.notFound('Der Standort');
  const hours = await currentOpeningHours(deps.db, [location.id], berlinDay(new Date()));
  return { location, hours: hours.get(location.id) ?? [] };
}
