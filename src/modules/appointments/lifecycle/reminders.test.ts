import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { mailsTo } from '../../../../tests/support/mail';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { queryRows } from '../../../kernel/db';
import { smsOutbox } from '../../../kernel/sms';
import { addDays, berlinDay, berlinMoment } from '../../../kernel/time';
import { PATHS } from '../paths';
import { manageSecretOf } from '../policies';
import { appointmentBookings } from '../tables';
import { insertAppointmentFixture, type AppointmentFixture } from '../test-support';
import { bookAtRathaus } from './test-helpers';
import { sendReminders } from './reminders';

describe('appointments: the reminder the day before', () => {
  let t: TestApp;
  let fixture: AppointmentFixture;
  let day: string;
  /** 16:30 Berlin on the day before the booked day: after the default reminder hour (16). */
  let evening: Date;

  before(async () => (t = await createTestApp()));
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    // Days well ahead of the wall clock, so the bookings' creation (now) lies before the reminder hour.
    fixture = await insertAppointmentFixture(t.db, addDays(berlinDay(new Date()), 10));
    day = fixture.days[0]!;
    evening = berlinMoment(addDays(day, -1), '16:30')!;
  });

  const book = (time: string, extra: { email?: string; state?: 'booked' | 'cancelled'; day?: string } = {}) =>
    bookAtRathaus(t.db, fixture, { day, time, ...extra });

  it('mails the summary with the manage link and sends an SMS to a booking with a mobile number, from the reminder hour on, once', async () => {
    const booking = await book('09:00', { email: 'erika@example.org' });
    await t.db.update(appointmentBookings).set({ phone: '+491701234567' }).where(eq(appointmentBookings.id, booking.id));

    assert.equal(await sendReminders(t.deps, berlinMoment(addDays(day, -1), '15:59')!), 0, 'not before the reminder hour');
    assert.equal(await sendReminders(t.deps, berlinMoment(addDays(day, -2), '17:00')!), 0, 'not two days before');
    assert.equal(await sendReminders(t.deps, evening), 1);
    assert.equal(await sendReminders(t.deps, new Date(evening.getTime() + 3_600_000)), 0, 'the next run sends nothing again');

    const manageUrl = `${t.config.baseUrl}${PATHS.manage(manageSecretOf(t.config.secret, booking.id))}`;
    const mails = await mailsTo(t, 'erika@example.org');
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, 'Erinnerung: Ihr Termin morgen um 09:00 Uhr');
    assert.match(mails[0]!.text, /^Guten Tag Erika Mustermann,/);
    assert.match(mails[0]!.text, /Wo: Bürgerbüro im Rathaus, Schillerplatz 7, 58636 Iserlohn/);
    assert.match(mails[0]!.text, /- Ein biometrisches Passfoto/);
    assert.match(mails[0]!.text, new RegExp(`Buchungsnummer: ${booking.reference}`));
    assert.ok(mails[0]!.text.includes(`Termin ansehen, absagen oder verschieben: ${manageUrl}`));

    const sms = await t.db.select().from(smsOutbox);
    assert.equal(sms.length, 1);
    assert.equal(sms[0]!.toNumber, '+491701234567');
    assert.equal(sms[0]!.status, 'local', 'kept in the local outbox without a provider');
    assert.match(sms[0]!.text, /^Erinnerung: Ihr Termin \w+\., \d+\.\d+\., 09:00 Uhr, Bürgerbüro im Rathaus, Schillerplatz 7\./);
    assert.ok(sms[0]!.text.includes(`Buchung ${booking.reference}`) && sms[0]!.text.endsWith(manageUrl));
    assert.ok(sms[0]!.text.length <= 300, `short: ${sms[0]!.text.length} characters`);
  });

  it('reminds only bookings still booked online for tomorrow; none without an address or made after the reminder hour', async () => {
    await book('09:00', { email: 'gebucht@example.org' });
    await book('09:30', { email: 'abgesagt@example.org', state: 'cancelled' });
    await book('10:00', { email: 'uebermorgen@example.org', day: fixture.days[1]! });
    const late = await book('10:30', { email: 'spaet@example.org' });
    await t.db
      .update(appointmentBookings)
      .set({ createdAt: new Date(evening.getTime() - 60_000) })
      .where(eq(appointmentBookings.id, late.id));
    const silent = await book('11:00');
    await t.db.update(appointmentBookings).set({ email: null }).where(eq(appointmentBookings.id, silent.id));

    assert.equal(await sendReminders(t.deps, evening), 1);
    assert.equal((await mailsTo(t, 'gebucht@example.org')).length, 1);
    for (const address of ['abgesagt@example.org', 'uebermorgen@example.org', 'spaet@example.org']) {
      assert.equal((await mailsTo(t, address)).length, 0, address);
    }
    const marked = await queryRows(t.db, sql`select id from appointment_bookings where reminder_sent_at is not null`);
    assert.equal(marked.length, 1, 'only the reminded booking is marked');
  });

  it('two runs at once remind each booking once (on PGlite the race cannot show; the claim is one update … skip locked)', async () => {
    for (const [index, time] of ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30'].entries()) await book(time, { email: `person${index}@example.org` });
    const [first, second] = await Promise.all([sendReminders(t.deps, evening), sendReminders(t.deps, evening)]);
    assert.equal(first! + second!, 6);
    const mails = await queryRows<{ to: string }>(t.db, sql`select distinct to_address as "to" from mail_outbox`);
    assert.equal(mails.length, 6);
    assert.equal((await queryRows(t.db, sql`select id from mail_outbox`)).length, 6, 'one mail each');
  });

  it('mails a booking whose stored number is no mobile number, without an SMS; reads a number entered as people type it', async () => {
    const odd = await book('09:00', { email: 'erika@example.org' });
    await t.db.update(appointmentBookings).set({ phone: '02371 217-0' }).where(eq(appointmentBookings.id, odd.id));
    const fine = await book('09:30', { email: 'max@example.org' });
    await t.db.update(appointmentBookings).set({ phone: '01521 2345678' }).where(eq(appointmentBookings.id, fine.id));
    assert.equal(await sendReminders(t.deps, evening), 2);
    assert.equal((await mailsTo(t, 'erika@example.org')).length, 1);
    assert.deepEqual(
      (await t.db.select({ to: smsOutbox.toNumber }).from(smsOutbox)).map((row) => row.to),
      ['+4915212345678'],
    );
  });

  it('registers the lifecycle jobs as recurring jobs of the module', () => {
    const jobs = t.deps.modules.find((module) => module.id === 'appointments')?.jobs?.(t.deps) ?? [];
    assert.deepEqual(
      jobs
        .filter((job) => ['appointments.reminders', 'appointments.no-shows', 'appointments.retention'].includes(job.kind))
        .map((job) => [job.kind, job.everySeconds]),
      [
        ['appointments.reminders', 300],
        ['appointments.no-shows', 3600],
        ['appointments.retention', 86400],
      ],
    );
  });
});
