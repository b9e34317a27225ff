import { moduleSettings } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db/types';
import type { ModuleDeps } from '../../../kernel/module';
import { appointmentSettings, type AppointmentSettings } from '../settings';
import { insertFixtureBooking, type AppointmentFixture, type FixtureBookingInput } from '../test-support';

/** The appointment settings a test app runs with (the municipality file's, or the defaults). */
export function moduleSettingsOf(t: { deps: Pick<ModuleDeps, 'config'> }): AppointmentSettings {
  return moduleSettings(t.deps, appointmentSettings);
}

/** A Personalausweis booking at the Rathaus's first counter, on `day` at `time`. */
export function bookAtRathaus(
  db: Executor,
  fixture: AppointmentFixture,
  booking: { day: string; time: string } & Partial<Omit<FixtureBookingInput, 'locationId' | 'counterId' | 'serviceId'>>,
) {
  return insertFixtureBooking(db, {
    locationId: fixture.rathaus.id,
    counterId: fixture.rathaus.counters[0],
    serviceId: fixture.services.personalausweis.id,
    ...booking,
  });
}
