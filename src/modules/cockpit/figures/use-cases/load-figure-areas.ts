import type { FigurePart, FigureUnit, ModuleDeps, MonthValue } from '../../../../kernel/module';
import { addDays, berlinDay, recentMonths } from '../../../../kernel/time';
import { keptFigures, monthEndValues, valuesOnDay } from '../repository';

/** One kept figure as the pages show it: the module's answer, its trend and, without own months, its history. */
export interface FigureView {
  key: string;
  label: string;
  unit: FigureUnit;
  definition: string;
  value: number | null;
  parts: FigurePart[];
  /** The module's own months, or (`history`) the value at each month's end from the cockpit's day history. */
  months: MonthValue[];
  history: boolean;
  /** The value a month (30 days) and a year (365 days) ago, from the day history; null when none was kept then. */
  monthAgo: number | null;
  yearAgo: number | null;
  computedAt: Date;
}

export interface FigureArea {
  area: string;
  figures: FigureView[];
}

/** How far before "a month ago" and "a year ago" a kept day may lie and still stand for it (the job may have paused). */
const MONTH_WINDOW_DAYS = 7;
const YEAR_WINDOW_DAYS = 31;

/**
 * The kept figures by area, modules in registry order: what the staff page and /digitalisierung show.
 * Reads only the cockpit's tables (through caches dropped when the job writes), never a module's.
 */
export async function loadFigureAreas({ db, modules }: Pick<ModuleDeps, 'db' | 'modules'>, now = new Date()): Promise<FigureArea[]> {
  const today = berlinDay(now);
  const [rows, monthAgo, yearAgo, history] = await Promise.all([
    keptFigures(db, ''),
    valuesOnDay(db, `${addDays(today, -30)}|${MONTH_WINDOW_DAYS}`),
    valuesOnDay(db, `${addDays(today, -365)}|${YEAR_WINDOW_DAYS}`),
    monthEndValues(db, `${recentMonths(now, 12)[0]}-01`),
  ]);
  const order = new Map(modules.map((module, index) => [module.id, index]));
  const sorted = [...rows].sort((a, b) => (order.get(a.module) ?? order.size) - (order.get(b.module) ?? order.size) || a.position - b.position);
  const areas: FigureArea[] = [];
  for (const row of sorted) {
    const view: FigureView = {
      key: row.key,
      label: row.label,
      unit: row.unit,
      definition: row.definition,
      value: row.value,
      parts: row.parts,
      months: row.months.length > 0 ? row.months : (history.get(row.key) ?? []),
      history: row.months.length === 0,
      monthAgo: monthAgo.get(row.key) ?? null,
      yearAgo: yearAgo.get(row.key) ?? null,
      computedAt: row.computedAt,
    };
    const last = areas.at(-1);
    if (last?.area === row.area) last.figures.push(view);
    else areas.push({ area: row.area, figures: [view] });
  }
  return areas;
}
