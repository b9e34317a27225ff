import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { prefixTsquery, searchWords } from '../../../kernel/text-search';
import { vhsCourses, vhsProgrammeAreas, vhsSessions } from '../tables/catalogue';
import type { CourseListQuery } from './schemas';

export const PAGE_SIZE = 50;

function listConditions(query: CourseListQuery): SQL | undefined {
  const words = query.q ? searchWords(query.q) : [];
  const search = query.q
    ? or(eq(vhsCourses.number, query.q), words.length > 0 ? sql`${vhsCourses.search} @@ to_tsquery('german', ${prefixTsquery(words)})` : undefined)
    : undefined;
  return and(
    search,
    query.semester ? eq(vhsCourses.term, query.semester) : undefined,
    query.bereich ? eq(vhsCourses.areaId, query.bereich) : undefined,
    query.status ? eq(vhsCourses.state, query.status) : undefined,
  );
}

/** One page of the staff course list, by start and Kursnummer, with the total for paging. */
export async function listCourses(db: Executor, query: CourseListQuery) {
  const where = listConditions(query);
  const rows = await db
    .select({
      id: vhsCourses.id,
      number: vhsCourses.number,
      title: vhsCourses.title,
      term: vhsCourses.term,
      area: vhsProgrammeAreas.name,
      format: vhsCourses.format,
      state: vhsCourses.state,
      startsAt: vhsCourses.startsAt,
      seatsTaken: vhsCourses.seatsTaken,
      maxParticipants: vhsCourses.maxParticipants,
    })
    .from(vhsCourses)
    .innerJoin(vhsProgrammeAreas, eq(vhsProgrammeAreas.id, vhsCourses.areaId))
    .where(where)
    .orderBy(asc(vhsCourses.startsAt), asc(vhsCourses.number))
    .limit(PAGE_SIZE)
    .offset((query.seite - 1) * PAGE_SIZE);
  const [total] = await db.select({ total: count() }).from(vhsCourses).where(where);
  return { rows, total: total?.total ?? 0 };
}

/** The filters' choices: every term and area that has courses. */
export async function listFilterChoices(db: Executor) {
  const terms = await db.selectDistinct({ term: vhsCourses.term }).from(vhsCourses).orderBy(asc(vhsCourses.term));
  const areas = await db.select({ id: vhsProgrammeAreas.id, name: vhsProgrammeAreas.name }).from(vhsProgrammeAreas).orderBy(asc(vhsProgrammeAreas.position));
  return { terms: terms.map((row) => row.term), areas };
}

export async function findCourse(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ course: vhsCourses, area: vhsProgrammeAreas.name })
    .from(vhsCourses)
    .innerJoin(vhsProgrammeAreas, eq(vhsProgrammeAreas.id, vhsCourses.areaId))
    .where(eq(vhsCourses.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: vhsCourses }) : await query;
  return row;
}

/** Publishes a draft; false when it is not (or no longer) a draft. */
export async function publishDraft(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .update(vhsCourses)
    .set({ state: 'published', updatedAt: sql`now()` })
    .where(and(eq(vhsCourses.id, id), eq(vhsCourses.state, 'draft')))
    .returning({ id: vhsCourses.id });
  return rows.length > 0;
}

/**
 * Every change of a session bumps its iCal SEQUENCE, so calendars replace the entry, and touches
 * the course, whose `updated_at` is the events' LAST-MODIFIED.
 */
export async function changeSession(
  db: Executor,
  courseId: string,
  sessionId: string,
  change: Partial<{ startsAt: Date; endsAt: Date; note: string; cancelled: boolean }>,
) {
  const [row] = await db
    .update(vhsSessions)
    .set({ ...change, sequence: sql`${vhsSessions.sequence} + 1` })
    .where(and(eq(vhsSessions.id, sessionId), eq(vhsSessions.courseId, courseId)))
    .returning({ id: vhsSessions.id });
  if (!row) return false;
  await db
    .update(vhsCourses)
    .set({ updatedAt: sql`now()` })
    .where(eq(vhsCourses.id, courseId));
  return true;
}
