import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { auditLog } from '../../../kernel/audit';
import { addDays, berlinDayStart, berlinMoment } from '../../../kernel/time';
import { appointmentBookings, appointmentSlots } from '../tables';
import { insertAppointmentFixture, type AppointmentFixture } from '../test-support';
import { bookAtRathaus } from './test-helpers';
import { eraseExpiredAppointments } from './retention';

describe('appointments: personal data erased after the retention time', () => {
  let t: TestApp;
  let fixture: AppointmentFixture;
  before(async () => (t = await createTestApp()));
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    fixture = await insertAppointmentFixture(t.db, '2026-11-02');
  });

  const book = (day: string, time: string) =>
    bookAtRathaus(t.db, fixture, { day, time, state: 'done', email: 'erika@example.org', secret: `geheim-${time}-${day}` });

  async function unitsOn(day: string) {
    const rows = await t.db
      .select({ bookingId: appointmentSlots.bookingId })
      .from(appointmentSlots)
      .where(and(gte(appointmentSlots.startsAt, berlinDayStart(day)), lt(appointmentSlots.startsAt, berlinDayStart(addDays(day, 1)))));
    return { free: rows.filter((row) => row.bookingId === null).length, booked: rows.filter((row) => row.bookingId !== null).length };
  }

  it('erases name, e-mail, phone and link of bookings more than retentionDays ago, keeps the rows, deletes their free units, audits the counts', async () => {
    const [tuesday, wednesday] = fixture.days as [string, string];
    const person = await createAccount(t, { email: 'konto@example.org' });
    const expired = await book(tuesday, '09:00');
    await t.db.update(appointmentBookings).set({ userId: person.id }).where(eq(appointmentBookings.id, expired.id));
    const kept = await book(wednesday, '09:00');
    await t.db.update(appointmentBookings).set({ phone: '+491701234567' });
    // Three counters with 24 units of 10 minutes each (08:00–12:00), one of them booked.
    assert.deepEqual(await unitsOn(tuesday), { free: 71, booked: 1 });

    // 30 days (the default) after Wednesday: Tuesday's are past the time, Wednesday's not yet.
    const now = berlinMoment(addDays(wednesday, 30), '02:00')!;
    const run = await eraseExpiredAppointments(t.deps, now);
    assert.deepEqual(run, { erased: 1, unitsDeleted: 71, before: wednesday });

    const rows = await t.db.select().from(appointmentBookings);
    const gone = rows.find((row) => row.id === expired.id)!;
    assert.deepEqual(
      {
        name: gone.name,
        email: gone.email,
        phone: gone.phone,
        manageTokenHash: gone.manageTokenHash,
        userId: gone.userId,
        erasedAt: gone.erasedAt?.toISOString(),
      },
      { name: null, email: null, phone: null, manageTokenHash: null, userId: null, erasedAt: now.toISOString() },
    );
    assert.equal(gone.state, 'done', 'the row stays for the statistics');
    assert.equal(gone.reference, expired.reference);
    const stays = rows.find((row) => row.id === kept.id)!;
    assert.equal(stays.email, 'erika@example.org');
    assert.equal(stays.erasedAt, null);
    assert.deepEqual(await unitsOn(tuesday), { free: 0, booked: 1 }, 'the booked unit stays with its booking');
    assert.deepEqual(await unitsOn(wednesday), { free: 71, booked: 1 });

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'appointments.retention.erased'));
    assert.equal(entry?.actorLabel, 'System (Löschfristen)');
    assert.deepEqual(entry?.details, { erasedBookings: 1, deletedFreeUnits: 71, daysBefore: wednesday, retentionDays: 30 });

    assert.deepEqual(await eraseExpiredAppointments(t.deps, now), { erased: 0, unitsDeleted: 0, before: wednesday }, 'a second run changes nothing');
    const entries = await t.db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'appointments.retention.erased'));
    assert.equal(entries.length, 2, 'one entry per run');
    assert.ok(!JSON.stringify(entries).includes('erika'), 'no personal data in the audit log');
  });

  it('works through more bookings than one batch', async () => {
    const [tuesday] = fixture.days as [string];
    await t.db.execute(sql`insert into appointment_bookings (reference, kind, state, location_id, day, name, email)
      select 'T-VIEL-' || n, 'walk_in', 'done', ${fixture.rathaus.id}, ${tuesday}, 'Person ' || n, 'p' || n || '@example.org' from generate_series(1, 2500) n`);
    const run = await eraseExpiredAppointments(t.deps, berlinMoment(addDays(tuesday, 31), '02:00')!);
    assert.equal(run.erased, 2500);
    const left = await t.db
      .select({ id: appointmentBookings.id })
      .from(appointmentBookings)
      .where(sql`email is not null`);
    assert.equal(left.length, 0);
  });
});
