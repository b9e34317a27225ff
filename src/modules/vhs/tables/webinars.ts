import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { vhsCourses } from './catalogue';

/** The conference systems a course's online room can live on (settings.ts says which one is configured). */
export const WEBINAR_PROVIDERS = ['bbb', 'jitsi'] as const;
export type WebinarProvider = (typeof WEBINAR_PROVIDERS)[number];

/**
 * A webinar's online room, made when the first person joins. The room name is random, so knowing a
 * Kursnummer gives no way in; what admits someone is the per-person signed link (BBB checksum,
 * Jitsi JWT). No secret is stored here: the shared secrets live in the environment only.
 */
export const vhsWebinarRooms = pgTable('vhs_webinar_rooms', {
  courseId: uuid('course_id')
    .primaryKey()
    .references(() => vhsCourses.id, { onDelete: 'cascade' }),
  provider: text('provider', { enum: WEBINAR_PROVIDERS }).notNull(),
  /** BBB meetingID or Jitsi room name. */
  meetingId: text('meeting_id').notNull().unique('vhs_webinar_rooms_meeting_id_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set by BigBlueButton's signed end callback; cleared when the room is opened again. */
  endedAt: timestamp('ended_at', { withTimezone: true }),
});

export type VhsWebinarRoom = typeof vhsWebinarRooms.$inferSelect;
