import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { textOf } from '../../../../tests/support/html';
import { BookingPanel } from '../index';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2027-02-01T10:00:00Z');
const course = {
  slug: 'englisch-a1',
  state: 'published' as const,
  cancellationReason: null,
  bookingOpensAt: null,
  bookingClosesAt: new Date(now.getTime() + 10 * DAY),
  cancellableUntil: new Date(now.getTime() + 5 * DAY),
  maxParticipants: 12,
  seatsTaken: 9,
  feeCents: 8900,
};
const panel = (overrides: Partial<typeof course> | Record<string, unknown>) =>
  renderToString(h(BookingPanel, { course: { ...course, ...overrides } as typeof course, now }));

describe('the booking panel of a course page', () => {
  it('shows free seats and the booking link, or the waitlist when full, or why it is closed', () => {
    const open = panel({});
    assert.match(textOf(open), /3 von 12 Plätzen frei\./);
    assert.match(open, /href="\/bildung\/vhs\/kurse\/englisch-a1\/buchen"[^>]*>Jetzt buchen/);
    assert.match(panel({ seatsTaken: 12 }), />Auf die Warteliste</);
    assert.match(textOf(panel({ state: 'cancelled', cancellationReason: 'Die Kursleitung ist erkrankt' })), /abgesagt.*Die Kursleitung ist erkrankt/);
    assert.doesNotMatch(panel({ bookingClosesAt: new Date(now.getTime() - DAY) }), /buchen"/);
  });
});
