import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { currentCoverage, monthlyCoverage, type CurrentCoverage, type MonthRow } from '../repository';

/** Two years: long enough to see growth, short enough for a chart people can read. */
const MONTHS = 24;

export interface CoverageStatistics {
  current: CurrentCoverage;
  /** Every month from the first with data (at most MONTHS back) to this one; months without data have zeros and nulls. */
  months: MonthRow[];
}

function monthsBack(today: string, count: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - index), 1));
    return date.toISOString().slice(0, 10);
  });
}

/** The public statistics of coverage growth (/wlan/statistik): for citizens and the council, no personal data. */
export async function showStatistics({ db }: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<CoverageStatistics> {
  const calendar = monthsBack(berlinDay(now), MONTHS);
  const [current, rows] = await Promise.all([currentCoverage(db), monthlyCoverage(db, calendar[0]!)]);
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const first = calendar.findIndex((month) => byMonth.has(month));
  const months = (first < 0 ? [] : calendar.slice(first)).map(
    (month) => byMonth.get(month) ?? { month, freifunk: 0, own: 0, onlineShare: null, clientsPerDay: null },
  );
  return { current, months };
}
