import { and, asc, desc, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { departments, users } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { cockpitMeasureChanges, cockpitMeasureLinks, cockpitMeasures, cockpitMilestones, cockpitRisks, type Measure, type MeasureStatus } from '../tables';

/** A row of the staff list: the measure with its owner's name and its next open milestone. */
export interface MeasureListRow {
  id: string;
  slug: string;
  title: string;
  ownerDepartmentId: string;
  ownerName: string;
  status: MeasureStatus;
  progressPercent: number;
  published: boolean;
  nextMilestone: string | null;
  overdue: number;
}

const nextMilestone = sql<
  string | null
>`(select min(m.due_on)::text from ${cockpitMilestones} m where m.measure_id = ${cockpitMeasures.id} and m.done_on is null)`;

/** Every measure matching the filters (a town has dozens, not thousands: no paging), A–Z or by next milestone. */
export async function listMeasures(
  db: Executor,
  filters: { status?: MeasureStatus | undefined; departmentId?: string | undefined; byMilestone: boolean; today: string },
): Promise<MeasureListRow[]> {
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(cockpitMeasures.status, filters.status));
  if (filters.departmentId) conditions.push(eq(cockpitMeasures.ownerDepartmentId, filters.departmentId));
  const title = sql`${cockpitMeasures.title} collate "und-x-icu"`;
  return db
    .select({
      id: cockpitMeasures.id,
      slug: cockpitMeasures.slug,
      title: cockpitMeasures.title,
      ownerDepartmentId: cockpitMeasures.ownerDepartmentId,
      ownerName: departments.name,
      status: cockpitMeasures.status,
      progressPercent: cockpitMeasures.progressPercent,
      published: cockpitMeasures.published,
      nextMilestone,
      overdue:
        sql<number>`(select count(*) from ${cockpitMilestones} m where m.measure_id = ${cockpitMeasures.id} and m.done_on is null and m.due_on < ${filters.today})`.mapWith(
          Number,
        ),
    })
    .from(cockpitMeasures)
    .innerJoin(departments, eq(departments.id, cockpitMeasures.ownerDepartmentId))
    .where(and(...conditions))
    .orderBy(...(filters.byMilestone ? [sql`${nextMilestone} asc nulls last`, asc(title)] : [asc(title)]));
}

export async function findMeasure(db: Executor, id: string): Promise<Measure | undefined> {
  const [row] = await db.select().from(cockpitMeasures).where(eq(cockpitMeasures.id, id));
  return row;
}

export async function findMeasureBySlug(db: Executor, slug: string): Promise<Measure | undefined> {
  const [row] = await db.select().from(cockpitMeasures).where(eq(cockpitMeasures.slug, slug));
  return row;
}

export async function slugTaken(db: Executor, slug: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: cockpitMeasures.id }).from(cockpitMeasures).where(eq(cockpitMeasures.slug, slug));
  return row !== undefined && row.id !== exceptId;
}

/** The Fachbereiche, A–Z, for the owner choice and the list's filter. */
export function listDepartments(db: Executor): Promise<Array<{ id: string; name: string }>> {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(asc(sql`${departments.name} collate "und-x-icu"`));
}

export async function departmentName(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, id));
  return row?.name;
}

export function milestonesOf(db: Executor, measureId: string) {
  return db
    .select()
    .from(cockpitMilestones)
    .where(eq(cockpitMilestones.measureId, measureId))
    .orderBy(asc(cockpitMilestones.dueOn), asc(cockpitMilestones.createdAt));
}

export function risksOf(db: Executor, measureId: string) {
  return db.select().from(cockpitRisks).where(eq(cockpitRisks.measureId, measureId)).orderBy(asc(cockpitRisks.createdAt));
}

export function linksOf(db: Executor, measureId: string) {
  return db
    .select({ module: cockpitMeasureLinks.module, kind: cockpitMeasureLinks.kind, targetId: cockpitMeasureLinks.targetId })
    .from(cockpitMeasureLinks)
    .where(eq(cockpitMeasureLinks.measureId, measureId))
    .orderBy(asc(cockpitMeasureLinks.createdAt));
}

/** The history, newest first, with who made each change while their account exists. */
export function changesOf(db: Executor, measureId: string, limit: number) {
  return db
    .select({
      id: cockpitMeasureChanges.id,
      changedAt: cockpitMeasureChanges.changedAt,
      summary: cockpitMeasureChanges.summary,
      fields: cockpitMeasureChanges.fields,
      actorName: users.displayName,
    })
    .from(cockpitMeasureChanges)
    .leftJoin(users, eq(users.id, cockpitMeasureChanges.actorId))
    .where(eq(cockpitMeasureChanges.measureId, measureId))
    .orderBy(desc(cockpitMeasureChanges.changedAt), desc(cockpitMeasureChanges.id))
    .limit(limit);
}

/** Open milestones past their day, of the measures owned by these departments (all when `departmentIds` is undefined). */
export async function countOverdueMilestones(db: Executor, today: string, departmentIds: readonly string[] | undefined): Promise<number> {
  if (departmentIds && departmentIds.length === 0) return 0;
  const owner = departmentIds
    ? sql`${cockpitMeasures.ownerDepartmentId} in (${sql.join(
        departmentIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : undefined;
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(cockpitMilestones)
    .innerJoin(cockpitMeasures, eq(cockpitMeasures.id, cockpitMilestones.measureId))
    .where(and(isNull(cockpitMilestones.doneOn), lt(cockpitMilestones.dueOn, today), owner));
  return row?.count ?? 0;
}
