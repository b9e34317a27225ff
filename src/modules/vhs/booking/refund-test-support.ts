import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { citizen, type Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { vhsRefunds, type VhsCourse } from '../tables';
import { BOOKING_PATHS } from './paths';

/** A citizen books a seat in the course and returns the booking's id (from the redirect to its page). */
export async function bookSeat(t: TestApp, course: Pick<VhsCourse, 'slug'>, person?: Person): Promise<{ person: Person; id: string }> {
  const who = person ?? (await citizen(t));
  const response = await who.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
  assert.equal(response.statusCode, 303);
  return { person: who, id: String(response.headers.location).split('/').pop()! };
}

/** The participant chooses an invoice and staff (with vhs.manage) see the transfer: the fee is paid. */
export async function payByInvoice(person: Person, staff: Person, courseId: string, bookingId: string): Promise<void> {
  await person.get(BOOKING_PATHS.mine(bookingId));
  assert.equal((await person.post(BOOKING_PATHS.minePay(bookingId), { zahlart: 'invoice' })).statusCode, 303);
  await staff.get(BOOKING_PATHS.staffCourse(courseId));
  assert.equal((await staff.post(BOOKING_PATHS.staffMarkPaid(courseId, bookingId), {})).statusCode, 303);
}

/** The refunds recorded for a booking, as [reason, amount] pairs in the order they were made. */
export async function refundsOf(t: TestApp, bookingId: string): Promise<[string, number][]> {
  const rows = await t.db.select().from(vhsRefunds).where(eq(vhsRefunds.bookingId, bookingId)).orderBy(vhsRefunds.createdAt);
  return rows.map((row) => [row.reason, row.amountCents]);
}
