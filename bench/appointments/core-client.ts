/**
 * The citizens' client in process: each call is what the booking pages' use case does in the
 * database, through the core (`freeStarts` for the time page; `bookThroughCore`: the person's lock,
 * the limits and `takeUnits` in one transaction for the POST), without HTTP, rendering and mail.
 * So it measures the database side of a booking on PGlite and PostgreSQL.
 */
import { bookThroughCore, counterIdsOffering, freeStarts, LOAD_SETTINGS, unitsNeeded } from '../../src/modules/appointments';
import type { Database } from '../../src/kernel/db';
import { addDays, berlinDay, berlinDayStart } from '../../src/kernel/time';
import type { BookingAnswer, BookingClient, Citizen, FreeTime } from './citizens';
import type { Release } from './release';

export class CoreClient implements BookingClient {
  private readonly services: Map<string, { id: string; durationMinutes: number }>;

  constructor(
    private readonly db: Database,
    private readonly release: Release,
  ) {
    this.services = new Map(release.services.map((service) => [service.slug, service]));
  }

  private asked(citizen: Citizen) {
    const services = citizen.ask.map(({ slug, quantity }) => ({ serviceId: this.services.get(slug)!.id, quantity, ...this.services.get(slug)! }));
    return { services, units: unitsNeeded(services, this.release.slotMinutes) };
  }

  async freeTimes(day: string, citizen: Citizen): Promise<FreeTime[]> {
    const { services, units } = this.asked(citizen);
    const counterIds = await counterIdsOffering(
      this.db,
      this.release.locationId,
      services.map((service) => service.serviceId),
    );
    const starts = await freeStarts(this.db, {
      locationId: this.release.locationId,
      counterIds,
      units,
      slotMinutes: this.release.slotMinutes,
      from: berlinDayStart(day),
      until: berlinDayStart(addDays(day, 1)),
      releasedBy: new Date(),
    });
    return starts.map((start) => ({ startsAt: start.startsAt, handle: start.counterIds }));
  }

  async book(time: FreeTime, citizen: Citizen): Promise<BookingAnswer> {
    const { services, units } = this.asked(citizen);
    const result = await bookThroughCore(
      this.db,
      {
        locationId: this.release.locationId,
        day: berlinDay(time.startsAt),
        today: berlinDay(new Date()),
        email: citizen.email,
        services: services.map(({ serviceId, quantity }) => ({ serviceId, quantity })),
        counterIds: time.handle as string[],
        startsAt: time.startsAt,
        units,
        slotMinutes: this.release.slotMinutes,
      },
      LOAD_SETTINGS,
    );
    return result.outcome;
  }
}
