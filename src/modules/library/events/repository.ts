import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { libraryEvents, type LibraryEvent } from '../tables';

export type EventValues = Pick<LibraryEvent, 'title' | 'summary' | 'description' | 'place' | 'online' | 'audience' | 'admission' | 'startsAt' | 'endsAt'>;

export async function findEvent(db: Executor, id: string): Promise<LibraryEvent | undefined> {
  const [row] = await db.select().from(libraryEvents).where(eq(libraryEvents.id, id));
  return row;
}

/** What the calendar shows of an event (not its texts, which a month of events would read for nothing). */
const CALENDAR_COLUMNS = {
  id: libraryEvents.id,
  title: libraryEvents.title,
  startsAt: libraryEvents.startsAt,
  endsAt: libraryEvents.endsAt,
  place: libraryEvents.place,
  online: libraryEvents.online,
  audience: libraryEvents.audience,
  cancellationReason: libraryEvents.cancellationReason,
  sequence: libraryEvents.sequence,
};
export type CalendarEventRow = Pick<LibraryEvent, keyof typeof CALENDAR_COLUMNS>;

/** Events that start in [from, to), in start order, at most `limit`. */
export function eventsStartingBetween(db: Executor, from: Date, to: Date, limit: number): Promise<CalendarEventRow[]> {
  return db
    .select(CALENDAR_COLUMNS)
    .from(libraryEvents)
    .where(and(gte(libraryEvents.startsAt, from), lt(libraryEvents.startsAt, to)))
    .orderBy(asc(libraryEvents.startsAt), asc(libraryEvents.title))
    .limit(limit);
}

/** The staff list: coming events first in start order, then past ones, newest first. */
export async function staffEventList(db: Executor, now: Date): Promise<{ coming: LibraryEvent[]; past: LibraryEvent[] }> {
  const [coming, past] = await Promise.all([
    db.select().from(libraryEvents).where(gte(libraryEvents.endsAt, now)).orderBy(asc(libraryEvents.startsAt)),
    db.select().from(libraryEvents).where(lt(libraryEvents.endsAt, now)).orderBy(desc(libraryEvents.startsAt)).limit(50),
  ]);
  return { coming, past };
}

export async function insertEvent(db: Executor, values: EventValues): Promise<LibraryEvent> {
  const [row] = await db.insert(libraryEvents).values(values).returning();
  return row!;
}

/** Writes the new values; the iCal sequence rises when what a calendar shows changed. */
export async function updateEvent(db: Executor, id: string, values: EventValues): Promise<void> {
  await db
    .update(libraryEvents)
    .set({ ...values, sequence: sql`${libraryEvents.sequence} + 1`, updatedAt: new Date() })
    .where(eq(libraryEvents.id, id));
}

export async function markCancelled(db: Executor, id: string, reason: string): Promise<void> {
  await db
    .update(libraryEvents)
    .set({ cancellationReason: reason, sequence: sql`${libraryEvents.sequence} + 1`, updatedAt: new Date() })
    .where(eq(libraryEvents.id, id));
}

export async function countEvents(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(libraryEvents);
  return row?.count ?? 0;
}
