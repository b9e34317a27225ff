import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { pdfReadableText } from '../../../../tests/support/pdf-text';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MANAGE_PERMISSION } from '../policies';
import { vhsBookings, vhsCourses, vhsSessions } from '../tables';
import { createCourse } from '../test-support';
import { BOOKING_PATHS } from './paths';

const DAY = 24 * 60 * 60 * 1000;

describe('Teilnahmebescheinigung', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  /** A child booked, then the course moved into the past (it ended yesterday). */
  async function endedCourseWithBooking() {
    const course = await createCourse(t, { title: 'Töpfern für Kinder' });
    const parent = await citizen(t);
    const booked = await parent.submit(BOOKING_PATHS.book(course.slug), {
      teilnahme: 'kind',
      kindName: 'Max Mustermann',
      'geburtsdatum-day': '1',
      'geburtsdatum-month': '4',
      'geburtsdatum-year': '2015',
    });
    const bookingId = String(booked.headers.location).split('/').pop()!;
    const shift = sql`interval '30 days'`;
    await t.db
      .update(vhsSessions)
      .set({ startsAt: sql`${vhsSessions.startsAt} - ${shift}`, endsAt: sql`${vhsSessions.endsAt} - ${shift}` })
      .where(eq(vhsSessions.courseId, course.id));
    await t.db
      .update(vhsCourses)
      .set({ startsAt: new Date(Date.now() - 10 * DAY), endsAt: new Date(Date.now() - DAY) })
      .where(eq(vhsCourses.id, course.id));
    return { course, parent, bookingId };
  }

  it('is offered after the course ended once staff recorded attendance, and names the sessions attended', async () => {
    const { course, parent, bookingId } = await endedCourseWithBooking();
    assert.equal((await parent.get(BOOKING_PATHS.mineCertificate(bookingId))).statusCode, 404, 'no attendance recorded yet');
    assert.doesNotMatch((await parent.get(BOOKING_PATHS.mine(bookingId))).body, /teilnahmebescheinigung\.pdf/);

    const [first] = await t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, course.id)).orderBy(vhsSessions.startsAt);
    const staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    await staff.get(BOOKING_PATHS.staffCourse(course.id));
    assert.equal((await staff.post(BOOKING_PATHS.staffAttendance(course.id), { anwesend: `${first!.id}:${bookingId}` })).statusCode, 303);

    assert.match((await parent.get(BOOKING_PATHS.mine(bookingId))).body, new RegExp(BOOKING_PATHS.mineCertificate(bookingId).replace(/[.]/g, '\\.')));
    const pdf = await parent.get(BOOKING_PATHS.mineCertificate(bookingId));
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const text = pdfReadableText(pdf.rawPayload);
    assert.match(text, /Teilnahmebescheinigung/);
    assert.match(text, /Die VHS Iserlohn bescheinigt, dass Max Mustermann/, 'the VHS by the name its pages use');
    assert.match(text, /Max Mustermann/);
    assert.match(text, /Töpfern für Kinder/);
    assert.match(text, /an 1 von 2 Terminen \(1,5 Zeitstunden\)/);
    assert.equal((await (await citizen(t)).get(BOOKING_PATHS.mineCertificate(bookingId))).statusCode, 404, 'nobody else gets it');
  });

  it('is not given for a cancelled booking', async () => {
    const { course, parent, bookingId } = await endedCourseWithBooking();
    const [first] = await t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, course.id));
    const staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    await staff.get(BOOKING_PATHS.staffCourse(course.id));
    await staff.post(BOOKING_PATHS.staffAttendance(course.id), { anwesend: `${first!.id}:${bookingId}` });
    await t.db.update(vhsBookings).set({ state: 'cancelled', cancelledAt: new Date() }).where(eq(vhsBookings.id, bookingId));
    assert.equal((await parent.get(BOOKING_PATHS.mineCertificate(bookingId))).statusCode, 404);
  });
});
