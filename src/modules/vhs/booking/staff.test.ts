import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { errorMessages, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';
import { citizen, staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MANAGE_PERMISSION } from '../policies';
import { vhsAttendance, vhsBookings, vhsCourses, vhsSessions } from '../tables';
import { createCourse } from '../test-support';
import { BOOKING_PATHS } from './paths';

describe('staff: participants, waitlist, attendance and calling a course off', () => {
  let t: TestApp;
  let staff: Person;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
  });
  after(() => t.close());

  async function bookedCourse(max = 2) {
    const course = await createCourse(t, { maxParticipants: max });
    const people = [
      await citizen(t, { displayName: 'Anna Arendt' }),
      await citizen(t, { displayName: '=Bernd Böse' }),
      await citizen(t, { displayName: 'Clara Cl' }),
    ];
    for (const person of people) await person.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst', warteliste: 'ja' });
    return { course, people };
  }

  it('lists participants in order of registration, the waitlist apart, and downloads them as CSV', async () => {
    const { course } = await bookedCourse();
    const overview = await staff.get(BOOKING_PATHS.staffList);
    assert.equal(overview.statusCode, 200);
    assert.deepEqual(tableRows(overview.body)[0]?.slice(3, 5), ['2 von 2', '1']);
    const page = await staff.get(BOOKING_PATHS.staffCourse(course.id));
    const tables = parseHtml(page.body).querySelectorAll('.table-wrapper');
    const [participants, waitlist] = [tableRows(tables[0]!), tableRows(tables[1]!)];
    assert.deepEqual(
      participants.map((row) => row[1]),
      ['Anna Arendt', '=Bernd Böse'],
    );
    assert.deepEqual(
      waitlist.map((row) => row[1]),
      ['Clara Cl'],
    );
    const csv = await staff.get(BOOKING_PATHS.staffCsv(course.id));
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'Buchungsnummer;Teilnehmer/in;Geburtsdatum (Kinder);Stand;Gebühr (EUR);Ermäßigung;Gebucht am');
    assert.match(lines[2]!, /^VHS-\d{4}-\d{6};"'=Bernd Böse";;gebucht;89,00;nein;/, 'a formula is defused');
    assert.match(lines[3]!, /;Clara Cl;;Warteliste;/);
  });

  it('defuses a name starting with a tab in the CSV too, as every CSV file of the portal does', async () => {
    const { course } = await bookedCourse();
    await t.db.update(vhsBookings).set({ participantName: '\t@Anna Arendt' }).where(eq(vhsBookings.participantName, 'Anna Arendt'));
    const csv = await staff.get(BOOKING_PATHS.staffCsv(course.id));
    assert.match(csv.body, /\r\nVHS-\d{4}-\d{6};"'\t@Anna Arendt";/);
  });

  it('records attendance per session and ignores ticks for people without a seat', async () => {
    const { course } = await bookedCourse();
    const sessions = await t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, course.id));
    const bookings = await t.db.select().from(vhsBookings).where(eq(vhsBookings.courseId, course.id));
    const anna = bookings.find((row) => row.participantName === 'Anna Arendt')!;
    const clara = bookings.find((row) => row.participantName === 'Clara Cl')!;
    await staff.get(BOOKING_PATHS.staffCourse(course.id));
    const saved = await staff.post(BOOKING_PATHS.staffAttendance(course.id), { anwesend: [`${sessions[0]!.id}:${anna.id}`, `${sessions[0]!.id}:${clara.id}`] });
    assert.equal(saved.statusCode, 303);
    const rows = await t.db.select().from(vhsAttendance);
    assert.deepEqual(
      rows.map((row) => [row.sessionId, row.bookingId]),
      [[sessions[0]!.id, anna.id]],
    );
    const page = await staff.get(BOOKING_PATHS.staffCourse(course.id));
    assert.match(page.body, new RegExp(`value="${sessions[0]!.id}:${anna.id}" checked`));
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.attendance.recorded'))).length, 1);
  });

  it('calls a course off after a confirmation step: everyone is told once and nothing is charged', async () => {
    const { course, people } = await bookedCourse();
    const empty = await staff.submit(BOOKING_PATHS.staffCancelCourse(course.id), { grund: '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(errorMessages(empty.body), ['Geben Sie den Grund der Absage an.']);
    const confirm = await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Zu wenige Anmeldungen' });
    assert.equal(confirm.statusCode, 200);
    assert.match(textOf(confirm.body), /2 Teilnehmende und 1 Personen auf der Warteliste bekommen eine E-Mail/);
    assert.equal((await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, course.id)))[0]?.state, 'published', 'nothing changes before the second button');

    const done = await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Zu wenige Anmeldungen', bestaetigt: 'ja' });
    assert.equal(done.statusCode, 303);
    const [row] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, course.id));
    assert.equal(row?.state, 'cancelled');
    assert.equal(row?.seatsTaken, 0);
    const states = (await t.db.select().from(vhsBookings).where(eq(vhsBookings.courseId, course.id))).map((booking) => booking.state);
    assert.deepEqual(states, ['course_cancelled', 'course_cancelled', 'course_cancelled']);
    for (const person of people) {
      const cancelled = (await mailsTo(t, person.email)).filter((mail) => mail.subject.startsWith('Kurs abgesagt'));
      assert.equal(cancelled.length, 1);
      assert.match(cancelled[0]!.text, /Grund: Zu wenige Anmeldungen[\s\S]*Es fällt keine Gebühr an/);
    }
    const again = await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Noch einmal', bestaetigt: 'ja' });
    assert.equal(again.statusCode, 400);
    const mine = await people[0]!.get(BOOKING_PATHS.mineList);
    assert.equal(tableRows(mine.body)[0]?.[4], 'Kurs abgesagt');
  });

  it('calls a free course off without speaking of fees, in the mail and on the booking page', async () => {
    const course = await createCourse(t, { feeCents: 0, reducedFeeCents: null, reductionRule: '' });
    const person = await citizen(t);
    const booked = await person.submit(BOOKING_PATHS.book(course.slug), { teilnahme: 'selbst' });
    await staff.get(BOOKING_PATHS.staffCancelCourse(course.id));
    assert.equal((await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Die Kursleitung ist erkrankt', bestaetigt: 'ja' })).statusCode, 303);
    const [mail] = (await mailsTo(t, person.email)).filter((sent) => sent.subject.startsWith('Kurs abgesagt'));
    assert.match(mail!.text, /Grund: Die Kursleitung ist erkrankt/);
    assert.doesNotMatch(mail!.text, /Gebühr/);
    const page = textOf((await person.get(String(booked.headers.location))).body);
    assert.match(page, /Die Volkshochschule hat den Kurs abgesagt\. Grund: Die Kursleitung ist erkrankt\./);
    assert.doesNotMatch(page, /Es fällt keine Gebühr an/);
  });
});
