import { after, before, beforeEach } from 'node:test';
import { formStamp, SPAM_FIELDS } from '../../../kernel/http';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { TestClient } from '../../../../tests/support/test-client';
import { PATHS } from '../paths';
import { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from '../test-support';
import { choiceParams, stepHref, type BookingChoices } from './choices';
import { BOOKING_FORM } from './use-cases/book-appointment';

/** The spam guard's fields as a person's browser sends them: the trap empty, the stamp of a page opened `secondsAgo`. */
export function personFields(t: TestApp, secondsAgo = 30): Record<string, string> {
  return { [SPAM_FIELDS.trap]: '', [SPAM_FIELDS.stamp]: formStamp(t.config.secret, BOOKING_FORM, Date.now() - secondsAgo * 1000) };
}

/** The details form's hidden choices, as the page sends them (a repeated name as a list). */
export function choiceFields(choices: BookingChoices): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of choiceParams(choices)) {
    const had = fields[name];
    fields[name] = had === undefined ? value : [...[had].flat(), value];
  }
  return fields;
}

/**
 * Opens the details page (for the CSRF token) and books; guests give name and address in `fields`.
 * When the time is no longer free, the page is another step without a POST form: the person had the
 * details page open from before, so any page's token stands in for it.
 */
export async function postBooking(t: TestApp, client: TestClient, choices: BookingChoices, fields: Record<string, string> = {}) {
  await client.get(stepHref(PATHS.bookDetails, choices));
  if (!client.csrfToken()) await client.get('/konto/anmelden');
  return client.post(PATHS.bookDetails, { ...choiceFields(choices), ...personFields(t), ...fields });
}

/** The manage link's secret from the redirect after booking. */
export function secretOf(location: string | string[] | undefined): string {
  const match = /\/termine\/termin\/([A-Za-z0-9_-]+)$/.exec(String(location));
  if (!match) throw new Error(`not a manage link: ${String(location)}`);
  return match[1]!;
}

/** The test app with the appointments fixture fresh before each test: registers the hooks, returns the current pair. */
export function appointmentTestApp(): { readonly t: TestApp; readonly fx: AppointmentFixture } {
  const current = {} as { t: TestApp; fx: AppointmentFixture };
  before(async () => (current.t = await createTestApp()));
  beforeEach(async () => {
    await current.t.reset();
    current.fx = await insertAppointmentFixture(current.t.db);
  });
  after(() => current.t.close());
  return current;
}

/** Someone else books the Rathaus's every counter at `time` (a time taken meanwhile). */
export async function someoneTakes(t: TestApp, fx: AppointmentFixture, day: string, time: string): Promise<void> {
  for (const counterId of fx.rathaus.counters) {
    await insertFixtureBooking(t.db, {
      locationId: fx.rathaus.id,
      counterId,
      serviceId: fx.services.personalausweis.id,
      day,
      time,
      email: 'other@example.org',
    });
  }
}
