import { sql } from 'drizzle-orm';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { addDays, berlinDay } from '../../../../kernel/time';
import { requirePlanner } from '../../planning/access';
import { appointmentLocations } from '../../tables';
import { figuresByPeriod, type Period, type PeriodFigures } from '../repository';

/** The query string's words (German, in the URL) for the two kinds of period. */
export const PERIOD_PARAMS: Record<string, Period> = { wochen: 'week', monate: 'month' };

export interface StatisticsQuery {
  /** A location's slug; anything unknown means every location. */
  standort?: string | undefined;
  zeitraum?: string | undefined;
}

export interface AppointmentStatistics {
  locations: Array<{ slug: string; name: string }>;
  /** The location shown, by slug; empty for all. */
  location: string;
  period: Period;
  periods: PeriodFigures[];
  today: string;
}

/** The first day of the month `offset` months from the one of `day`. */
function monthStart(day: string, offset: number): string {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + offset, 1));
  return date.toISOString().slice(0, 10);
}

/**
 * The statistics page (planners): per location and week (eight back, four ahead: the booking
 * window) or month (five back, one ahead). Unknown query values fall back to the defaults.
 */
export async function showStatistics(actor: Actor, query: StatisticsQuery, { db }: Pick<ModuleDeps, 'db'>): Promise<AppointmentStatistics> {
  requirePlanner(actor);
  const locations = await db
    .select({ id: appointmentLocations.id, slug: appointmentLocations.slug, name: appointmentLocations.name })
    .from(appointmentLocations)
    .orderBy(sql`${appointmentLocations.name} collate "und-x-icu"`);
  const chosen = locations.find((location) => location.slug === query.standort);
  const period = PERIOD_PARAMS[query.zeitraum ?? ''] ?? 'week';
  const today = berlinDay(new Date());
  const [from, until] = period === 'week' ? [addDays(today, -8 * 7), addDays(today, 4 * 7)] : [monthStart(today, -5), addDays(monthStart(today, 2), -1)];
  const periods = await figuresByPeriod(db, { period, locationId: chosen?.id ?? null, from, until });
  return { locations: locations.map(({ slug, name }) => ({ slug, name })), location: chosen?.slug ?? '', period, periods, today };
}
