import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import type { CurrentUser, UserRow } from '../../../kernel/auth';
import { formatDate } from '../../../kernel/views';
import { TEST_DATABASE_URL } from '../../../../tests/support/database';
import { mailsTo } from '../../../../tests/support/mail';
import { createAccount } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { vhsBookings, vhsCourses } from '../tables';
import { createCourse } from '../test-support';
import { bookCourse, type BookingRequest } from './use-cases/book-course';
import { cancelBooking } from './use-cases/cancel-booking';

const DAY = 24 * 60 * 60 * 1000;
const RACE = TEST_DATABASE_URL ? 'PostgreSQL: real concurrency' : 'PGlite: serialised, races cannot show';

function actor(user: UserRow): CurrentUser {
  return { id: user.id, email: user.email, displayName: user.displayName, role: 'citizen', emailVerified: true, departments: [], permissions: new Set() };
}

describe('booking a VHS course', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  const self = (slug: string, waitlist = true): BookingRequest => ({ slug, participant: { kind: 'self' }, waitlist });
  const person = async (name = 'Erika Mustermann') => actor(await createAccount(t, { password: undefined, displayName: name }));
  const seatsTaken = async (id: string) => (await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, id)))[0]!.seatsTaken;
  const bookings = (courseId: string) => t.db.select().from(vhsBookings).where(eq(vhsBookings.courseId, courseId)).orderBy(asc(vhsBookings.position));

  it('books seats in order of registration, then waitlists those who agreed and refuses the others', async () => {
    const course = await createCourse(t, { maxParticipants: 2 });
    const [a, b, c, d] = [await person('Anna'), await person('Bernd'), await person('Clara'), await person('Dieter')];
    assert.ok((await bookCourse(a, self(course.slug), t.deps)).ok);
    assert.ok((await bookCourse(b, self(course.slug), t.deps)).ok);
    const refused = await bookCourse(c, self(course.slug, false), t.deps);
    assert.equal(refused.ok, false);
    assert.equal(refused.refusal, 'full');
    assert.ok((await bookCourse(d, self(course.slug), t.deps)).ok);
    assert.deepEqual(
      (await bookings(course.id)).map((row) => [row.participantName, row.state]),
      [
        ['Anna', 'booked'],
        ['Bernd', 'booked'],
        ['Dieter', 'waitlisted'],
      ],
    );
    assert.equal(await seatsTaken(course.id), 2);
    const [mail] = await mailsTo(t, d.email);
    assert.match(mail!.text, /steht auf Platz 1 der Warteliste/);
    const [confirmation] = await mailsTo(t, a.email);
    assert.match(confirmation!.subject, /^Buchungsbestätigung: Englisch A1/);
    assert.deepEqual(
      confirmation!.attachments.map((file) => [file.filename, file.contentType]),
      [[`${course.slug}.ics`, 'text/calendar; charset=utf-8']],
      'the course calendar rides along',
    );
    const calendar = confirmation!.attachments[0]!.content.replace(/\r\n[ \t]/g, '');
    assert.equal(calendar.match(/^BEGIN:VEVENT\r$/gm)?.length, 2, 'one entry per session');
    assert.match(calendar, /^UID:vhs-termin-[0-9a-f-]{36}@/m);
    assert.deepEqual(mail!.attachments, [], 'a waitlist place has no dates yet');
    assert.match((await bookings(course.id))[0]!.reference, /^VHS-\d{4}-\d{6}$/);
  });

  it('refuses a second booking of the same participant and counts nothing twice; a child is a participant of their own', async () => {
    const course = await createCourse(t);
    const parent = await person('Erika Mustermann');
    assert.ok((await bookCourse(parent, self(course.slug), t.deps)).ok);
    const again = await bookCourse(parent, self(course.slug), t.deps);
    assert.equal(again.ok, false);
    assert.equal(again.refusal, 'duplicate');
    const child: BookingRequest = { slug: course.slug, participant: { kind: 'child', name: 'Max Mustermann', birthDate: '2015-04-01' }, waitlist: false };
    assert.ok((await bookCourse(parent, child, t.deps)).ok);
    assert.equal((await bookCourse(parent, { ...child, participant: { kind: 'child', name: 'max mustermann', birthDate: '2015-04-01' } }, t.deps)).ok, false);
    assert.equal(await seatsTaken(course.id), 2);
    assert.equal((await bookings(course.id)).length, 2);
  });

  it('refuses cancelled courses, bookings not yet open and after the deadline, with the reason', async () => {
    const cases: Array<[Partial<typeof vhsCourses.$inferInsert>, string, RegExp]> = [
      [{ state: 'cancelled', cancellationReason: 'Zu wenige Anmeldungen' }, 'cancelled', /abgesagt.*Zu wenige Anmeldungen/],
      [{ bookingOpensAt: new Date(Date.now() + DAY) }, 'not-open', /Die Anmeldung für diesen Kurs beginnt am/],
      [{ bookingClosesAt: new Date(Date.now() - DAY) }, 'closed', /Anmeldefrist .* abgelaufen/],
    ];
    const booker = await person();
    for (const [overrides, refusal, message] of cases) {
      const course = await createCourse(t, overrides);
      const outcome = await bookCourse(booker, self(course.slug), t.deps);
      assert.equal(outcome.refusal, refusal);
      assert.ok(!outcome.ok);
      assert.match(outcome.errors.buchung!, message);
      assert.equal(await seatsTaken(course.id), 0);
    }
  });

  it('gives a cancelled seat to the first of the waitlist in the same transaction and tells them exactly once', async () => {
    const course = await createCourse(t, { maxParticipants: 1 });
    const [first, second, third] = [await person('Anna'), await person('Bernd'), await person('Clara')];
    const booked = await bookCourse(first, self(course.slug), t.deps);
    await bookCourse(second, self(course.slug), t.deps);
    await bookCourse(third, self(course.slug), t.deps);
    assert.ok(booked.ok);
    assert.ok((await cancelBooking(first, { bookingId: booked.booking.id }, t.deps)).ok);
    const rows = await bookings(course.id);
    assert.deepEqual(
      rows.map((row) => row.state),
      ['cancelled', 'booked', 'waitlisted'],
    );
    assert.ok(rows[1]!.promotedAt && rows[1]!.notifiedAt);
    assert.equal(await seatsTaken(course.id), 1);
    const mails = await mailsTo(t, second.email);
    assert.deepEqual(
      mails.map((mail) => mail.subject.split(':')[0]),
      ['Warteliste', 'Platz frei'],
    );
    assert.equal(mails[1]!.attachments[0]?.filename, `${course.slug}.ics`, 'moving up brings the dates');
    assert.equal((await mailsTo(t, third.email)).length, 1);
  });

  it('refuses a cancellation after the course’s deadline, and another person’s booking is not found', async () => {
    const course = await createCourse(t, { cancellableUntil: new Date(Date.now() - 60_000) });
    const owner = await person();
    const booked = await bookCourse(owner, self(course.slug), t.deps);
    assert.ok(booked.ok);
    const late = await cancelBooking(owner, { bookingId: booked.booking.id }, t.deps);
    assert.ok(!late.ok);
    assert.match(late.errors.stornieren!, /Frist zum Stornieren ist am .* abgelaufen/);
    await assert.rejects(cancelBooking(await person('Fremd'), { bookingId: booked.booking.id }, t.deps), { status: 404 });
    assert.equal(await seatsTaken(course.id), 1);
  });

  it('promises a cancellation date in the mails only while it lies ahead; after it, the fee is due and the VHS is the one to ask', async () => {
    const ENDED =
      /Die Frist zum Stornieren ist am (\d\d\.\d\d\.\d{4}) abgelaufen\. (Die Kursgebühr ist zu zahlen\. )?Bitte wenden Sie sich an die Volkshochschule, wenn Sie nicht teilnehmen können\./;
    const PROMISE = /bis zum \d\d\.\d\d\.\d{4}/;
    // Starts in six days with the usual seven-day deadline (the demo has such courses): booked, the deadline has passed.
    const late = { startsAt: new Date(Date.now() + 6 * DAY), cancellableUntil: new Date(Date.now() - DAY) };
    const inTime = await createCourse(t);
    const paid = await createCourse(t, { ...late, maxParticipants: 1 });
    const free = await createCourse(t, { ...late, feeCents: 0, reducedFeeCents: null });
    const [anna, bernd, clara] = [await person('Anna'), await person('Bernd'), await person('Clara')];
    const confirmation = async (who: CurrentUser, slug: string) => {
      assert.ok((await bookCourse(who, self(slug), t.deps)).ok);
      return (await mailsTo(t, who.email)).at(-1)!.text;
    };

    const early = await confirmation(anna, inTime.slug);
    assert.match(
      early,
      new RegExp(`Sie können die Buchung bis zum ${formatDate(inTime.cancellableUntil)} kostenlos stornieren, danach ist die Kursgebühr zu zahlen\\.`),
    );
    assert.doesNotMatch(early, ENDED);
    const booked = await confirmation(anna, paid.slug);
    assert.equal(booked.match(ENDED)?.[1], formatDate(late.cancellableUntil));
    assert.ok(booked.match(ENDED)?.[2], 'the fee is due');
    assert.doesNotMatch(booked, PROMISE);
    const gratis = await confirmation(clara, free.slug);
    assert.ok(ENDED.test(gratis) && !gratis.match(ENDED)?.[2], 'a course without a fee asks for none');

    // Bernd waits; Anna deletes her account, which gives her seat up even now: Bernd moves up after the deadline.
    assert.ok((await bookCourse(bernd, self(paid.slug), t.deps)).ok);
    const vhs = t.deps.modules.find((module) => module.id === 'vhs')!;
    await t.db.transaction((tx) => vhs.personalData!.erase(anna, tx, t.deps));
    const promoted = (await mailsTo(t, bernd.email)).at(-1)!;
    assert.match(promoted.subject, /^Platz frei/);
    assert.ok(promoted.text.match(ENDED)?.[2], `the fee is due:\n${promoted.text}`);
    assert.doesNotMatch(promoted.text, PROMISE);
  });

  it(`never overbooks: 60 parallel bookers on 5 seats (${RACE})`, async () => {
    const course = await createCourse(t, { maxParticipants: 5 });
    const people = await Promise.all(Array.from({ length: 60 }, (_, i) => createAccount(t, { password: undefined, displayName: `Teilnehmer ${i}` })));
    const outcomes = await Promise.all(people.map((user) => bookCourse(actor(user), self(course.slug), t.deps)));
    assert.ok(outcomes.every((outcome) => outcome.ok));
    const rows = await bookings(course.id);
    assert.equal(rows.filter((row) => row.state === 'booked').length, 5);
    assert.equal(rows.filter((row) => row.state === 'waitlisted').length, 55);
    assert.equal(await seatsTaken(course.id), 5);
    // The seats went to the first five registered.
    assert.deepEqual(
      rows.slice(0, 5).map((row) => row.state),
      Array(5).fill('booked'),
    );
  });

  it(`promotes distinct people when bookings are cancelled in parallel (${RACE})`, async () => {
    const course = await createCourse(t, { maxParticipants: 4 });
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => createAccount(t, { password: undefined, displayName: `Person ${i}` })));
    const results = [];
    for (const user of people) results.push(await bookCourse(actor(user), self(course.slug), t.deps));
    const seated = results.slice(0, 4).map((outcome, i) => (outcome.ok ? { actor: actor(people[i]!), id: outcome.booking.id } : assert.fail('booked')));
    await Promise.all(seated.map((seat) => cancelBooking(seat.actor, { bookingId: seat.id }, t.deps)));
    const rows = await bookings(course.id);
    assert.deepEqual(
      rows.map((row) => row.state),
      [...Array(4).fill('cancelled'), ...Array(4).fill('booked'), 'waitlisted', 'waitlisted'],
    );
    assert.equal(await seatsTaken(course.id), 4);
  });
});
