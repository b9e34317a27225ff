import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { appointmentsFigures } from './figures';
import { appointmentBookings } from './tables';
import { insertAppointmentFixture } from './test-support';

const NOW = new Date('2026-11-20T12:00:00Z');
let counter = 0;

describe('the Termine figures', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts online bookings per month of booking, a move once, and the walk-ins beside them', async () => {
    const fixture = await insertAppointmentFixture(t.db, '2026-11-20');
    const booking = (kind: 'online' | 'walk_in', createdAt: string, replacesId: string | null = null) => {
      counter += 1;
      const visit = kind === 'online' ? { startsAt: new Date('2026-12-01T09:00:00Z'), endsAt: new Date('2026-12-01T09:10:00Z') } : {};
      return {
        reference: `T-FIG-${counter}`,
        kind,
        locationId: fixture.rathaus.id,
        day: createdAt.slice(0, 10),
        createdAt: new Date(createdAt),
        replacesId,
        ...visit,
      };
    };
    const [moved] = await t.db.insert(appointmentBookings).values(booking('online', '2026-10-05T09:00:00Z')).returning({ id: appointmentBookings.id });
    await t.db.insert(appointmentBookings).values([
      booking('online', '2026-10-06T09:00:00Z'),
      // Already November in Berlin.
      booking('online', '2026-10-31T23:30:00Z'),
      // The move of the first: the same visit.
      booking('online', '2026-11-02T09:00:00Z', moved!.id),
      booking('walk_in', '2026-11-03T09:00:00Z'),
      booking('walk_in', '2026-11-04T09:00:00Z'),
      // Before the twelve months.
      booking('online', '2025-11-30T09:00:00Z'),
    ]);
    const [figure] = await appointmentsFigures.compute(t.deps, NOW);
    assert.equal(figure?.key, 'appointments.online-bookings');
    assert.equal(figure?.value, 3);
    assert.deepEqual(figure?.parts, [
      { label: 'Online gebucht', value: 3 },
      { label: 'Ohne Termin (Wartemarke)', value: 2 },
    ]);
    assert.deepEqual(figure?.months?.slice(-2), [
      { month: '2026-10', value: 2 },
      { month: '2026-11', value: 1 },
    ]);
    assert.deepEqual(figure?.months?.[0], { month: '2025-12', value: 0 });
  });
});
