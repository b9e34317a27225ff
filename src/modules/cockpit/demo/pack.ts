import { z } from 'zod';
import { isCalendarDate } from '../../../kernel/http';
import { addMonths, monthsBetween } from '../../../kernel/time';
import { MEASURE_SLUG } from '../measures/schemas';
import { MEASURE_STATUSES, RISK_LEVELS } from '../tables';

const day = z.string().refine(isCalendarDate, { error: 'ein Datum JJJJ-MM-TT' });

/**
 * `cockpit.json` of a demo pack: the town's measures with milestones, risks, links and a short
 * history. Links name their object by kind (`<module>:<kind>`) and exact title; the seed asks the
 * module's `linkTargets` for it, so the pack needs no ids.
 *
 * Dates are written as on the day `asOf`; the seed moves every one by the whole months from that day
 * to the seeding day (`movedToMonthOf`), so a demo seeded a year later still has a milestone just
 * reached, one overdue and the next ones ahead, and quarter ends stay quarter ends. A pack without
 * `asOf` (a town's real measures) keeps its dates.
 */
export const cockpitPackSchema = z.object({
  asOf: day.optional(),
  /** Whose name the demo history carries (the pack's coordinator login); the history says "System" without. */
  historyBy: z.email().optional(),
  measures: z.array(
    z.object({
      slug: z.string().regex(MEASURE_SLUG),
      title: z.string().min(1).max(160),
      goal: z.string().min(1).max(600),
      description: z.string().default(''),
      owner: z.string().min(1),
      status: z.enum(MEASURE_STATUSES),
      progress: z.number().int().min(0).max(100),
      startsOn: day,
      endsOn: day.optional(),
      budgetEuros: z.number().nonnegative().max(1_000_000_000).optional(),
      fundingSource: z.string().default(''),
      programReference: z.string().default(''),
      published: z.boolean(),
      milestones: z.array(z.object({ title: z.string().min(1), dueOn: day, doneOn: day.optional() })).default([]),
      risks: z
        .array(z.object({ title: z.string().min(1), likelihood: z.enum(RISK_LEVELS), impact: z.enum(RISK_LEVELS), mitigation: z.string().default('') }))
        .default([]),
      links: z.array(z.object({ kind: z.string().regex(/^[a-z]+:[a-z]+$/), title: z.string().min(1) })).default([]),
      /** Changes after the creation, oldest first, each on its day. */
      history: z
        .array(
          z.object({
            on: day,
            summary: z.string().min(1),
            fields: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })).default([]),
          }),
        )
        .default([]),
    }),
  ),
});

export type CockpitPack = z.output<typeof cockpitPackSchema>;

/** The pack with every date moved by the whole months from its `asOf` to `today` (a Berlin day). */
export function movedToMonthOf(pack: CockpitPack, today: string): CockpitPack {
  const months = pack.asOf ? monthsBetween(pack.asOf, today) : 0;
  if (months === 0) return pack;
  const move = (date: string) => addMonths(date, months);
  return {
    ...pack,
    asOf: today,
    measures: pack.measures.map((measure) => ({
      ...measure,
      startsOn: move(measure.startsOn),
      endsOn: measure.endsOn && move(measure.endsOn),
      milestones: measure.milestones.map((milestone) => ({ ...milestone, dueOn: move(milestone.dueOn), doneOn: milestone.doneOn && move(milestone.doneOn) })),
      history: measure.history.map((entry) => ({ ...entry, on: move(entry.on) })),
    })),
  };
}
