import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import type { MeasureStatus } from '../tables';

/** A published measure as the public overview lists it. */
export interface MeasureSummary {
  slug: string;
  title: string;
  goal: string;
  status: MeasureStatus;
  progressPercent: number;
  ownerName: string;
  /** The first milestone not yet reached, by due date; null when all are reached or none is planned. */
  nextMilestone: { title: string; dueOn: string } | null;
  milestonesDone: number;
  milestonesTotal: number;
}

/** The published measures by title, each with its owner's name and next milestone: one statement. */
export async function publishedMeasureSummaries(db: Executor): Promise<MeasureSummary[]> {
  const rows = await queryRows<Omit<MeasureSummary, 'nextMilestone'> & { nextTitle: string | null; nextDueOn: string | null }>(
    db,
    sql`select m.slug, m.title, m.goal, m.status, m.progress_percent as "progressPercent", d.name as "ownerName",
          next.title as "nextTitle", to_char(next.due_on, 'YYYY-MM-DD') as "nextDueOn",
          counts.done as "milestonesDone", counts.total as "milestonesTotal"
        from cockpit_measures m
        join departments d on d.id = m.owner_department_id
        left join lateral (
          select title, due_on from cockpit_milestones where measure_id = m.id and done_on is null order by due_on, title limit 1
        ) next on true
        cross join lateral (
          select count(*) filter (where done_on is not null)::int as done, count(*)::int as total from cockpit_milestones where measure_id = m.id
        ) counts
        where m.published
        order by m.title collate "und-x-icu"`,
  );
  return rows.map(({ nextTitle, nextDueOn, ...row }) => ({
    ...row,
    nextMilestone: nextTitle !== null && nextDueOn !== null ? { title: nextTitle, dueOn: nextDueOn } : null,
  }));
}
