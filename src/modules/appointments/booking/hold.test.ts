import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq, isNotNull, sql } from 'drizzle-orm';
import { errorSummary, parseHtml } from '../../../../tests/support/html';
import type { TestApp } from '../../../../tests/support/test-app';
import type { TestClient } from '../../../../tests/support/test-client';
import { traceQueries, type TracedQuery } from '../../../kernel/db';
import { PATHS } from '../paths';
import { appointmentBookings, appointmentSlots } from '../tables';
import type { AppointmentFixture } from '../test-support';
import { TAKEN_MESSAGE } from './check-choices';
import { choiceFields, appointmentTestApp, postBooking } from './test-support';
import { stepHref, type BookingChoices } from './choices';
import { HOLD_RATE_LIMIT } from './use-cases/hold-time';

/**
 * Choosing a time holds it while the details are typed (slots/hold-units.ts): the branch has one
 * counter, so a time held there is gone for everyone else until the booking or the hold's end.
 */
describe('holding the chosen time while the details are typed', () => {
  const app = appointmentTestApp();
  let t: TestApp;
  let fx: AppointmentFixture;
  beforeEach(() => ({ t, fx } = app));

  const atBranch = (time?: string): BookingChoices => ({ services: [{ slug: 'personalausweis', quantity: 1 }], location: 'letmathe', day: fx.days[0]!, time });
  let asked = 0;
  // Each time a new URL (an extra parameter the steps ignore): the page kept for all lags by up to BOOKING_PAGES_STALE_SECONDS.
  const offeredTimes = async (client: TestClient) =>
    parseHtml((await client.get(`${stepHref(PATHS.bookTime, atBranch())}&frisch=${(asked += 1)}`)).body)
      .querySelectorAll('input[name="zeit"]')
      .map((input) => input.getAttribute('value'));
  /** The time page's POST, as its form sends it; answers the hold's secret (or the refusal). */
  const choose = async (client: TestClient, time: string, previousHold?: string) => {
    const response = await client.post(PATHS.bookTime, choiceFields({ ...atBranch(time), hold: previousHold }));
    const hold = /[?&]halten=([A-Za-z0-9_-]{32})/.exec(String(response.headers.location ?? ''))?.[1];
    return { response, hold };
  };
  // A running hold: booked units keep the hold's hash (the proof of who booked), not its end.
  const heldUnits = () => t.db.select().from(appointmentSlots).where(isNotNull(appointmentSlots.heldUntil));

  it('takes the time out of everyone else’s list and booking until the holder books it', async () => {
    const erika = t.client();
    const { response, hold } = await choose(erika, '09:00');
    assert.equal(response.statusCode, 303);
    assert.ok(hold);
    assert.equal((await heldUnits()).length, 2, 'Personalausweis, 20 minutes: two units');

    const other = t.client();
    const times = await offeredTimes(other);
    assert.ok(!times.includes('09:00') && !times.includes('08:50'), 'neither the held time nor one running into it');
    assert.ok(times.includes('09:20'));
    const late = await choose(other, '09:00');
    assert.equal(late.response.statusCode, 400);
    assert.deepEqual(
      errorSummary(late.response.body).map((error) => error.text),
      [TAKEN_MESSAGE],
    );
    const bookedByOther = await postBooking(t, other, atBranch('09:00'), { name: 'Max Schnell', email: 'max@example.org' });
    assert.equal(bookedByOther.statusCode, 400, 'booking without the hold finds the time taken');

    const booked = await postBooking(t, erika, { ...atBranch('09:00'), hold }, { name: 'Erika Mustermann', email: 'erika@example.org' });
    assert.equal(booked.statusCode, 303, booked.body.slice(0, 2000));
    const [booking] = await t.db.select().from(appointmentBookings);
    assert.equal((await t.db.select().from(appointmentSlots).where(eq(appointmentSlots.bookingId, booking!.id))).length, 2);
    assert.equal((await heldUnits()).length, 0, 'the booking ended the hold');
  });

  it('answers the details form sent twice with the booking its first copy made, though that took the last free time', async () => {
    const erika = t.client();
    const { hold } = await choose(erika, '09:00');
    const details = { name: 'Erika Mustermann', email: 'erika@example.org' };
    const first = await postBooking(t, erika, { ...atBranch('09:00'), hold }, details);
    assert.equal(first.statusCode, 303, first.body.slice(0, 2000));
    const second = await postBooking(t, erika, { ...atBranch('09:00'), hold }, details);
    assert.equal(second.statusCode, 303, 'a reload or a double click is no refusal');
    assert.equal(second.headers.location, first.headers.location);
    assert.equal((await t.db.select().from(appointmentBookings)).length, 1);

    const stranger = await postBooking(t, t.client(), atBranch('09:00'), { name: 'Max Schnell', email: 'max@example.org' });
    assert.equal(stranger.statusCode, 400, 'someone else still finds the time taken');
    const impostor = await postBooking(t, t.client(), atBranch('09:00'), details);
    assert.equal(impostor.statusCode, 400, 'Erika’s address and time without her hold get no link to her booking');
    assert.deepEqual(
      errorSummary(impostor.body).map((error) => error.text),
      [TAKEN_MESSAGE],
    );
    const withoutStamp = await t.client().submit('/konto/anmelden', { ...choiceFields({ ...atBranch('09:00'), hold }), ...details }, PATHS.bookDetails);
    assert.equal(withoutStamp.statusCode, 400, 'the link comes only behind the spam guard');
    assert.deepEqual(
      errorSummary(withoutStamp.body).map((error) => error.text),
      [TAKEN_MESSAGE],
      'and its refusal says nothing of the booking',
    );
  });

  it('frees the time when the hold has run out, and gives back the first time when the person chooses another', async () => {
    const erika = t.client();
    const first = await choose(erika, '09:00');
    const second = await choose(erika, '10:00', first.hold);
    assert.equal(second.response.statusCode, 303);
    assert.ok((await offeredTimes(t.client())).includes('09:00'), 'the first choice is free again');
    assert.ok(!(await offeredTimes(t.client())).includes('10:00'));

    await t.db.execute(sql`update appointment_slots set held_until = now() - interval '1 second' where hold_hash is not null`);
    await t.settled();
    assert.ok((await offeredTimes(t.client())).includes('10:00'), 'an ended hold keeps nothing');
    const booked = await postBooking(t, erika, { ...atBranch('10:00'), hold: second.hold }, { name: 'Erika Mustermann', email: 'erika@example.org' });
    assert.equal(booked.statusCode, 303, 'still free, so the late person books it all the same');
  });

  it('reads the day’s free times only to say why a time cannot be held, not for a hold, its details page and its booking', async () => {
    const readsFreeTimes = (queries: TracedQuery[]) => queries.filter((query) => /with free as/.test(query.sql)).length;
    const erika = t.client();
    const journey: TracedQuery[] = [];
    const { hold } = await traceQueries(journey, () => choose(erika, '09:00'));
    const details = await traceQueries(journey, () => erika.get(stepHref(PATHS.bookDetails, { ...atBranch('09:00'), hold })));
    assert.equal(details.statusCode, 200);
    assert.match(details.body, /Wir halten diese Uhrzeit bis \d\d:\d\d Uhr für Sie frei/);
    const booked = await traceQueries(journey, () =>
      postBooking(t, erika, { ...atBranch('09:00'), hold }, { name: 'Erika Mustermann', email: 'erika@example.org' }),
    );
    assert.equal(booked.statusCode, 303, booked.body.slice(0, 2000));
    assert.equal(readsFreeTimes(journey), 0, 'the hold decides, and then keeps the time');

    const refused: TracedQuery[] = [];
    const late = await traceQueries(refused, () => choose(t.client(), '09:00'));
    assert.equal(late.response.statusCode, 400);
    assert.equal(readsFreeTimes(refused), 1, 'the refusal offers the times still free');
    assert.ok(parseHtml(late.response.body).querySelector('input[name="zeit"][value="09:20"]'));
  });

  it('holds only a time a run of units starts at, not one between two units', async () => {
    const between = await choose(t.client(), '09:05');
    assert.equal(between.response.statusCode, 400);
    assert.equal((await heldUnits()).length, 0);
  });

  it('keeps the time page one page for every visitor: no token, no cookie; a cross-site POST is refused', async () => {
    const page = await t.client().get(stepHref(PATHS.bookTime, atBranch()));
    assert.equal(parseHtml(page.body).querySelector('main form input[name="_csrf"]'), null);
    assert.equal(page.headers['set-cookie'], undefined);
    const again = await t.client().get(stepHref(PATHS.bookTime, atBranch()));
    assert.equal(again.body, page.body, 'served from the page cache');

    const forged = await t.client().post(PATHS.bookTime, choiceFields(atBranch('09:00')), { origin: 'https://boese.example' });
    assert.equal(forged.statusCode, 403);
    const crossSite = await t.client().post(PATHS.bookTime, choiceFields(atBranch('09:00')), { 'sec-fetch-site': 'cross-site' });
    assert.equal(crossSite.statusCode, 403);
    assert.equal((await heldUnits()).length, 0);
  });

  it('stops one address holding time after time', async () => {
    const script = t.client();
    const answers = [];
    let hold: string | undefined;
    // The same time again and again, each time giving the last hold back: only the count stops it.
    for (let i = 0; i <= HOLD_RATE_LIMIT.limit; i += 1) {
      const chosen = await choose(script, '09:00', hold);
      answers.push(chosen.response.statusCode);
      hold = chosen.hold ?? hold;
    }
    assert.deepEqual(answers.slice(0, HOLD_RATE_LIMIT.limit), Array(HOLD_RATE_LIMIT.limit).fill(303));
    assert.equal(answers.at(-1), 429);
  });
});
