import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { cockpitMeasureLinks, cockpitMeasures, cockpitMilestones, type Measure, type Milestone } from '../tables';

/** A published measure as the exports, the report and the exchange feed show it. */
export interface PublishedMeasure {
  measure: Measure;
  /** By due date. */
  milestones: Milestone[];
  /** How many objects of each kind it is linked to (`hotspot` → 3), by kind. */
  linkCounts: Array<{ kind: string; count: number }>;
}

/** Every published measure by title (German order), with its milestones and link counts: three queries, not one per measure. */
export async function publishedMeasures(db: Executor): Promise<PublishedMeasure[]> {
  const measures = await db
    .select()
    .from(cockpitMeasures)
    .where(eq(cockpitMeasures.published, true))
    .orderBy(sql`${cockpitMeasures.title} collate "und-x-icu"`, asc(cockpitMeasures.slug));
  if (measures.length === 0) return [];
  const ids = measures.map((measure) => measure.id);
  const milestones = await db
    .select()
    .from(cockpitMilestones)
    .where(inArray(cockpitMilestones.measureId, ids))
    .orderBy(asc(cockpitMilestones.dueOn), asc(cockpitMilestones.title));
  const links = await db
    .select({ measureId: cockpitMeasureLinks.measureId, kind: cockpitMeasureLinks.kind, count: count() })
    .from(cockpitMeasureLinks)
    .where(inArray(cockpitMeasureLinks.measureId, ids))
    .groupBy(cockpitMeasureLinks.measureId, cockpitMeasureLinks.kind)
    .orderBy(asc(cockpitMeasureLinks.kind));
  return measures.map((measure) => ({
    measure,
    milestones: milestones.filter((milestone) => milestone.measureId === measure.id),
    linkCounts: links.filter((link) => link.measureId === measure.id).map(({ kind, count }) => ({ kind, count: Number(count) })),
  }));
}

/** The tables the published measures are read from: what is made of them is kept until one changes. */
export const MEASURE_TABLES = ['cockpit_measures', 'cockpit_milestones', 'cockpit_measure_links'] as const;
