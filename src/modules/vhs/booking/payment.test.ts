import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { textOf } from '../../../../tests/support/html';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MANAGE_PERMISSION } from '../policies';
import { vhsBookings } from '../tables';
import { createCourse } from '../test-support';
import { BOOKING_PATHS } from './paths';

describe('paying the course fee through the Bürgerplattform’s providers', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function booked() {
    const course = await createCourse(t);
    const person = await citizen(t);
    const response = await person.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    return { course, person, id: String(response.headers.location).split('/').pop()! };
  }
  const row = async (id: string) => (await t.db.select().from(vhsBookings).where(eq(vhsBookings.id, id)))[0]!;
  const path = (location: unknown) => new URL(String(location), t.config.baseUrl).pathname;

  it('counts a test payment as paid only after the provider says so', async () => {
    const { person, id } = await booked();
    const page = await person.get(BOOKING_PATHS.mine(id));
    assert.match(textOf(page.body), /Wie möchten Sie 89,00\s*€ bezahlen\?/);
    const started = await person.post(BOOKING_PATHS.minePay(id), { zahlart: 'test' });
    assert.equal(started.statusCode, 303);
    const providerPage = path(started.headers.location);
    assert.match(providerPage, /^\/.+/);
    assert.equal((await row(id)).paymentState, 'open');

    // Coming back without a decision proves nothing.
    await person.get(BOOKING_PATHS.minePaymentReturn(id));
    assert.equal((await row(id)).paymentState, 'open');

    const decided = await person.submit(providerPage, { ergebnis: 'bezahlt' });
    assert.equal(path(decided.headers.location), BOOKING_PATHS.minePaymentReturn(id));
    const back = await person.get(BOOKING_PATHS.minePaymentReturn(id));
    assert.equal(back.statusCode, 303);
    const paid = await row(id);
    assert.equal(paid.paymentState, 'paid');
    assert.ok(paid.paidAt);
    assert.match(textOf((await person.get(BOOKING_PATHS.mine(id))).body), /Bezahlt: 89,00/);
    assert.equal((await person.post(BOOKING_PATHS.minePay(id), { zahlart: 'test' })).statusCode, 409, 'paid once is paid');
  });

  it('shows the transfer details of an invoice; staff mark it paid when the money came', async () => {
    const { course, person, id } = await booked();
    await person.get(BOOKING_PATHS.mine(id));
    const started = await person.post(BOOKING_PATHS.minePay(id), { zahlart: 'invoice' });
    assert.equal(path(started.headers.location), BOOKING_PATHS.mine(id));
    const details = textOf((await person.get(BOOKING_PATHS.mine(id))).body);
    assert.match(details, /Bitte überweisen Sie die Kursgebühr/);
    assert.match(details, /Verwendungszweck\s*VHS-\d{4}-\d{6}/);
    await person.get(BOOKING_PATHS.minePaymentReturn(id));
    assert.equal((await row(id)).paymentState, 'open', 'an invoice is not paid by coming back');

    const staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    assert.match(textOf((await staff.get(BOOKING_PATHS.staffCourse(course.id))).body), /Überweisung offen/);
    assert.equal((await staff.post(BOOKING_PATHS.staffMarkPaid(course.id, id), {})).statusCode, 303);
    assert.equal((await row(id)).paymentState, 'paid');
  });

  it('asks nothing of waitlisted people, and calls an open payment off when the course is cancelled', async () => {
    const { course, person, id } = await booked();
    await person.get(BOOKING_PATHS.mine(id));
    await person.post(BOOKING_PATHS.minePay(id), { zahlart: 'invoice' });
    const staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    await staff.get(BOOKING_PATHS.staffCancelCourse(course.id));
    await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Zu wenige Anmeldungen', bestaetigt: 'ja' });
    const cancelled = await row(id);
    assert.deepEqual([cancelled.state, cancelled.paymentState], ['course_cancelled', 'cancelled']);
    const page = textOf((await person.get(BOOKING_PATHS.mine(id))).body);
    assert.match(page, /Es fällt keine Gebühr an/);
    assert.doesNotMatch(page, /Bitte überweisen/);
  });

  it('calls an open payment off when the participant cancels in time', async () => {
    const { person, id } = await booked();
    await person.get(BOOKING_PATHS.mine(id));
    await person.post(BOOKING_PATHS.minePay(id), { zahlart: 'invoice' });
    await person.get(BOOKING_PATHS.mineCancel(id));
    assert.equal((await person.post(BOOKING_PATHS.mineCancel(id), {})).statusCode, 303);
    assert.deepEqual([(await row(id)).state, (await row(id)).paymentState], ['cancelled', 'cancelled']);
  });
});
