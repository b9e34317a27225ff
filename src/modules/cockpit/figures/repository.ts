import { and, eq, notInArray, sql } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor } from '../../../kernel/db';
import type { KeyFigure } from '../../../kernel/module';
import { cockpitFigureDays, cockpitFigures, cockpitFigureSources, type FigureRow, type FigureSourceRow } from '../tables';

/** A module's fresh figures replace its old ones: upserted, and those it no longer gives deleted. */
export async function replaceModuleFigures(tx: Executor, module: { id: string; area: string }, figures: readonly KeyFigure[], computedAt: Date): Promise<void> {
  const keys = figures.map((figure) => figure.key);
  await tx
    .delete(cockpitFigures)
    .where(keys.length > 0 ? and(eq(cockpitFigures.module, module.id), notInArray(cockpitFigures.key, keys)) : eq(cockpitFigures.module, module.id));
  if (figures.length === 0) return;
  await tx
    .insert(cockpitFigures)
    .values(
      figures.map((figure, position) => ({
        key: figure.key,
        module: module.id,
        area: module.area,
        label: figure.label,
        unit: figure.unit,
        definition: figure.definition,
        value: figure.value,
        parts: figure.parts ?? [],
        months: figure.months ?? [],
        position,
        computedAt,
      })),
    )
    .onConflictDoUpdate({
      target: cockpitFigures.key,
      set: {
        module: sql`excluded.module`,
        area: sql`excluded.area`,
        label: sql`excluded.label`,
        unit: sql`excluded.unit`,
        definition: sql`excluded.definition`,
        value: sql`excluded.value`,
        parts: sql`excluded.parts`,
        months: sql`excluded.months`,
        position: sql`excluded.position`,
        computedAt: sql`excluded.computed_at`,
      },
    });
}

/** The day's value of each figure that has one: the day's last computation wins. */
export async function recordDay(tx: Executor, day: string, figures: readonly KeyFigure[]): Promise<void> {
  const values = figures.flatMap((figure) => (figure.value === null ? [] : [{ key: figure.key, day, value: figure.value }]));
  if (values.length === 0) return;
  await tx
    .insert(cockpitFigureDays)
    .values(values)
    .onConflictDoUpdate({ target: [cockpitFigureDays.key, cockpitFigureDays.day], set: { value: sql`excluded.value` } });
}

/** Figures of modules that give none anymore (removed from the registry, or their hook gone). */
export async function deleteFiguresOfOtherModules(tx: Executor, moduleIds: readonly string[]): Promise<void> {
  await tx.delete(cockpitFigures).where(moduleIds.length > 0 ? notInArray(cockpitFigures.module, [...moduleIds]) : sql`true`);
  await tx.delete(cockpitFigureSources).where(moduleIds.length > 0 ? notInArray(cockpitFigureSources.module, [...moduleIds]) : sql`true`);
}

export async function recordSourceOutcome(tx: Executor, module: { id: string; area: string }, at: Date, error: string | undefined): Promise<void> {
  const outcome = error === undefined ? { lastSuccessAt: at, lastError: null } : { lastFailureAt: at, lastError: error.slice(0, 500) };
  await tx
    .insert(cockpitFigureSources)
    .values({ module: module.id, area: module.area, ...outcome })
    .onConflictDoUpdate({ target: cockpitFigureSources.module, set: { area: module.area, ...outcome } });
}

/** Every kept figure, in the job's order within each module; pages put the modules in registry order. */
export const keptFigures = cachedQuery({ tables: ['cockpit_figures'], maxEntries: 1 }, (db): Promise<FigureRow[]> => db.select().from(cockpitFigures));

/** Each figure's last value on or before `day` within `days` before it (the trend's "a month ago"). */
export const valuesOnDay = cachedQuery({ tables: ['cockpit_figure_days'], maxEntries: 8 }, async (db, key) => {
  const [day, days] = key.split('|') as [string, string];
  const rows = await queryRows<{ key: string; value: number }>(
    db,
    sql`select distinct on (key) key, value from cockpit_figure_days
        where day <= ${day}::date and day > ${day}::date - ${Number(days)}::int
        order by key, day desc`,
  );
  return new Map(rows.map((row) => [row.key, Number(row.value)]));
});

/** Each figure's value at the end of every month since `fromDay` (its last day with a value), for the history line. */
export const monthEndValues = cachedQuery({ tables: ['cockpit_figure_days'], maxEntries: 4 }, async (db, fromDay) => {
  const rows = await queryRows<{ key: string; month: string; value: number }>(
    db,
    sql`select distinct on (key, month) key, to_char(day, 'YYYY-MM') as month, value
        from cockpit_figure_days where day >= ${fromDay}::date
        order by key, month, day desc`,
  );
  const byKey = new Map<string, { month: string; value: number }[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), { month: row.month, value: Number(row.value) }]);
  return byKey;
});

export function figureSources(db: Executor): Promise<FigureSourceRow[]> {
  return db.select().from(cockpitFigureSources);
}
