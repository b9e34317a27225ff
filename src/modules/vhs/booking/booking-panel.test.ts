import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { BookingPanel } from '../index';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2027-02-01T10:00:00Z');
const course = {
  slug: 'englisch-a1',
  state: 'published' as const,
  cancellationReason: null,
  bookingOpensAt: null,
  bookingClosesAt: new Date(now.getTime() + 10 * DAY),
  maxParticipants: 12,
  seatsTaken: 9,
};
const panel = (overrides: Partial<typeof course> | Record<string, unknown>) =>
  renderToString(h(BookingPanel, { course: { ...course, ...overrides } as typeof course, now }));

describe('the booking panel of a course page', () => {
  it('offers the booking link, or the waitlist when full, and nothing while the course takes no bookings', () => {
    assert.match(panel({}), /href="\/bildung\/vhs\/kurse\/englisch-a1\/buchen"[^>]*>Jetzt buchen/);
    assert.match(panel({ seatsTaken: 12 }), />Auf die Warteliste</);
    assert.equal(panel({ state: 'cancelled', cancellationReason: 'Die Kursleitung ist erkrankt' }), '');
    assert.equal(panel({ bookingClosesAt: new Date(now.getTime() - DAY) }), '');
    assert.equal(panel({ bookingOpensAt: new Date(now.getTime() + DAY) }), '');
  });
});
