import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { cachedQuery, type Executor } from '../../kernel/db';
import { vhsCourses, vhsPlaces, vhsProgrammeAreas, vhsSessions, type VhsCourse, type VhsPlace, type VhsProgrammeArea, type VhsSession } from './tables';

/** A public course with its Programmbereich, its place (none for webinars) and its sessions in order. */
export interface CourseDetail {
  course: VhsCourse;
  area: VhsProgrammeArea;
  place: VhsPlace | null;
  sessions: VhsSession[];
}

/** A published or cancelled course by its slug; drafts are not public (null, as for a missing one). */
export async function findPublicCourse(db: Executor, slug: string): Promise<CourseDetail | null> {
  const [row] = await db
    .select({ course: getTableColumns(vhsCourses), area: getTableColumns(vhsProgrammeAreas), place: getTableColumns(vhsPlaces) })
    .from(vhsCourses)
    .innerJoin(vhsProgrammeAreas, eq(vhsProgrammeAreas.id, vhsCourses.areaId))
    .leftJoin(vhsPlaces, eq(vhsPlaces.id, vhsCourses.placeId))
    .where(sql`${vhsCourses.slug} = ${slug} and ${vhsCourses.state} in ('published', 'cancelled')`);
  if (!row) return null;
  const sessions = await db.select().from(vhsSessions).where(eq(vhsSessions.courseId, row.course.id)).orderBy(asc(vhsSessions.startsAt), asc(vhsSessions.id));
  return { ...row, sessions };
}

/** Every Programmbereich in the booklet's order; every catalogue page shows them, so kept until one changes. */
export function listProgrammeAreas(db: Executor): Promise<readonly Readonly<VhsProgrammeArea>[]> {
  return programmeAreas(db, 'all');
}

const programmeAreas = cachedQuery({ tables: ['vhs_programme_areas'], maxEntries: 1 }, (db) =>
  db.select().from(vhsProgrammeAreas).orderBy(asc(vhsProgrammeAreas.position), asc(vhsProgrammeAreas.id)),
);

/** Every place, A–Z in German order (the place filter), kept until one changes. */
export function listPlaces(db: Executor): Promise<readonly Readonly<VhsPlace>[]> {
  return places(db, 'all');
}

const places = cachedQuery({ tables: ['vhs_places'], maxEntries: 1 }, (db) =>
  db
    .select()
    .from(vhsPlaces)
    .orderBy(sql`${vhsPlaces.name} collate "und-x-icu"`, vhsPlaces.id),
);
