import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';

export type Period = 'week' | 'month';

/** One week or month at one location (or all): counts, times in minutes, utilisation. */
export interface PeriodFigures {
  /** First day of the period, `YYYY-MM-DD`. */
  start: string;
  /** Online appointments of the period that were not cancelled (done, missed or still to come). */
  booked: number;
  walkIns: number;
  noShows: number;
  cancelled: number;
  /** Called − max(checked in, booked start): how long someone waited past their time. */
  waitMedian: number | null;
  waitP90: number | null;
  /** Done − called: how long the service took. */
  serviceMedian: number | null;
  serviceP90: number | null;
  /** Units with a booking / units, 0–100; null without units. */
  utilisation: number | null;
}

export interface FiguresQuery {
  period: Period;
  /** Null: every location. */
  locationId: string | null;
  /** Days (inclusive) the periods must cover; each period is whole. */
  from: string;
  until: string;
}

/**
 * The figures of issue 14, point 4 per period, in two grouped reads (bookings, units) joined to the
 * series of periods, so a period without anything still shows (as zero, and "–" for the times).
 * Medians and the 90th percentile by `percentile_cont` (interpolated, as statistics offices do).
 */
export async function figuresByPeriod(db: Executor, query: FiguresQuery): Promise<PeriodFigures[]> {
  const unit = query.period;
  const step = query.period === 'week' ? sql`interval '1 week'` : sql`interval '1 month'`;
  const location = (column: string) => (query.locationId ? sql`and ${sql.raw(column)} = ${query.locationId}` : sql``);
  const wait = sql`extract(epoch from b.called_at - greatest(b.checked_in_at, b.starts_at)) / 60`;
  const service = sql`extract(epoch from b.done_at - b.called_at) / 60`;
  return queryRows<PeriodFigures>(
    db,
    sql`with periods as (
        select generate_series(date_trunc(${unit}, ${query.from}::date), date_trunc(${unit}, ${query.until}::date), ${step})::date as start
      ), bookings as (
        select date_trunc(${unit}, b.day::date)::date as start,
          count(*) filter (where b.kind = 'online' and b.state <> 'cancelled')::int as booked,
          count(*) filter (where b.kind = 'walk_in' and b.state <> 'cancelled')::int as walk_ins,
          count(*) filter (where b.state = 'no_show')::int as no_shows,
          count(*) filter (where b.state = 'cancelled')::int as cancelled,
          percentile_cont(0.5) within group (order by ${wait}) filter (where b.called_at is not null) as wait_median,
          percentile_cont(0.9) within group (order by ${wait}) filter (where b.called_at is not null) as wait_p90,
          percentile_cont(0.5) within group (order by ${service}) filter (where b.done_at is not null and b.called_at is not null) as service_median,
          percentile_cont(0.9) within group (order by ${service}) filter (where b.done_at is not null and b.called_at is not null) as service_p90
        from appointment_bookings b
        where b.day >= ${query.from} and b.day <= ${query.until} ${location('b.location_id')}
        group by 1
      ), units as (
        select date_trunc(${unit}, (s.starts_at at time zone 'Europe/Berlin')::date)::date as start, count(*)::int as units, count(s.booking_id)::int as taken
        from appointment_slots s
        where s.starts_at >= (${query.from}::date)::timestamp at time zone 'Europe/Berlin'
          and s.starts_at < (${query.until}::date + 1)::timestamp at time zone 'Europe/Berlin' ${location('s.location_id')}
        group by 1
      )
      select to_char(p.start, 'YYYY-MM-DD') as "start",
        coalesce(b.booked, 0) as "booked", coalesce(b.walk_ins, 0) as "walkIns", coalesce(b.no_shows, 0) as "noShows", coalesce(b.cancelled, 0) as "cancelled",
        round(b.wait_median::numeric, 1)::float8 as "waitMedian", round(b.wait_p90::numeric, 1)::float8 as "waitP90",
        round(b.service_median::numeric, 1)::float8 as "serviceMedian", round(b.service_p90::numeric, 1)::float8 as "serviceP90",
        case when u.units > 0 then round(100.0 * u.taken / u.units, 1)::float8 end as "utilisation"
      from periods p left join bookings b on b.start = p.start left join units u on u.start = p.start
      order by p.start`,
  );
}
