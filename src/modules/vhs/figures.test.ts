import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { vhsFigures } from './figures';
import { vhsSessions } from './tables';
import { createBooking, insertCourse } from './test-support';

const NOW = new Date('2026-11-20T12:00:00Z');
const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

describe('the Volkshochschule figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts the courses open for booking by format, and webinar sessions and participants per month', async () => {
    const open = new Date(NOW.getTime() + 10 * DAY);
    // Online, booking open; its December session is after the twelve months.
    const webinar = await insertCourse(t.db, {
      format: 'online',
      bookingClosesAt: open,
      sessionStarts: [at('2026-11-25T17:00:00Z'), at('2026-12-02T17:00:00Z')],
    });
    // Hybrid, booking closed; one of its two sessions cancelled.
    const hybrid = await insertCourse(t.db, {
      format: 'hybrid',
      bookingClosesAt: at('2026-10-01T00:00:00Z'),
      sessionStarts: [at('2026-10-05T17:00:00Z'), at('2026-10-12T17:00:00Z')],
    });
    await t.db.update(vhsSessions).set({ cancelled: true }).where(eq(vhsSessions.id, hybrid.sessionIds[1]!));
    // In person, booking open: bookable, but no webinar.
    const room = await insertCourse(t.db, { format: 'in_person', bookingClosesAt: open, sessionStarts: [at('2026-11-30T17:00:00Z')] });
    // A draft and a cancelled webinar count nowhere.
    await insertCourse(t.db, { format: 'online', state: 'draft', bookingClosesAt: open, sessionStarts: [at('2026-11-22T17:00:00Z')] });
    await insertCourse(t.db, {
      format: 'online',
      state: 'cancelled',
      cancellationReason: 'Zu wenige Anmeldungen',
      bookingClosesAt: open,
      sessionStarts: [at('2026-11-23T17:00:00Z')],
    });

    await createBooking(t.db, webinar.id, randomUUID(), 'Anna');
    await createBooking(t.db, webinar.id, randomUUID(), 'Bernd');
    await createBooking(t.db, webinar.id, randomUUID(), 'Clara', 'waitlisted');
    await createBooking(t.db, webinar.id, randomUUID(), 'Dirk', 'cancelled');
    await createBooking(t.db, hybrid.id, randomUUID(), 'Eva');
    await createBooking(t.db, room.id, randomUUID(), 'Frank');

    const figures = new Map((await vhsFigures.compute(t.deps, NOW)).map((figure) => [figure.key, figure]));
    assert.equal(figures.get('vhs.courses-bookable')?.value, 2);
    assert.deepEqual(figures.get('vhs.courses-bookable')?.parts, [
      { label: 'Vor Ort', value: 1 },
      { label: 'Online (Webinar)', value: 1 },
      { label: 'Vor Ort und online', value: 0 },
    ]);
    assert.equal(figures.get('vhs.webinar-sessions')?.value, 2);
    assert.deepEqual(figures.get('vhs.webinar-sessions')?.months?.slice(-2), [
      { month: '2026-10', value: 1 },
      { month: '2026-11', value: 1 },
    ]);
    assert.equal(figures.get('vhs.webinar-participants')?.value, 3);
    assert.deepEqual(figures.get('vhs.webinar-participants')?.months?.slice(-2), [
      { month: '2026-10', value: 1 },
      { month: '2026-11', value: 2 },
    ]);
  });
});
