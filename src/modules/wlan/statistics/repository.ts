import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';

export interface MonthRow {
  /** First day of the month, `2026-11-01`. */
  month: string;
  freifunk: number;
  own: number;
  /** Hotspot-days online ÷ hotspot-days seen, 0–1; null without any day. */
  onlineShare: number | null;
  /** The mean over the month's days of all hotspots' most clients that day. */
  clientsPerDay: number | null;
}

/**
 * Coverage growth inside the municipality's area, per month from `from` on: how many hotspots were
 * seen (Freifunk and own), how much of the time they were online, and how many devices used them.
 * One statement over the day history; hotspots outside the area do not count.
 */
export function monthlyCoverage(db: Executor, from: string): Promise<MonthRow[]> {
  return queryRows<MonthRow>(
    db,
    sql`
      with days as (
        select d.day, d.online, d.max_clients, h.kind, d.hotspot_id
        from wlan_hotspot_days d join wlan_hotspots h on h.id = d.hotspot_id
        where d.day >= ${from}::date and h.inside_area
      ), per_day as (
        select day, sum(max_clients) as clients from days group by day
      ), per_month as (
        select to_char(date_trunc('month', day), 'YYYY-MM-DD') as month,
          count(distinct hotspot_id) filter (where kind = 'freifunk')::int as freifunk,
          count(distinct hotspot_id) filter (where kind = 'own')::int as own,
          (count(*) filter (where online))::float8 / count(*) as "onlineShare"
        from days group by 1
      )
      select m.*, c.clients as "clientsPerDay"
      from per_month m
      left join (select to_char(date_trunc('month', day), 'YYYY-MM-DD') as month, avg(clients)::float8 as clients from per_day group by 1) c using (month)
      order by m.month`,
  );
}

export interface CurrentCoverage {
  freifunkInside: number;
  ownInside: number;
  outside: number;
  online: number;
  clients: number;
}

/** Today's picture from the hotspots themselves (removed ones left out). */
export async function currentCoverage(db: Executor): Promise<CurrentCoverage> {
  const [row] = await queryRows<CurrentCoverage>(
    db,
    sql`
      select count(*) filter (where kind = 'freifunk' and inside_area)::int as "freifunkInside",
        count(*) filter (where kind = 'own' and inside_area)::int as "ownInside",
        count(*) filter (where not inside_area)::int as outside,
        count(*) filter (where online and inside_area)::int as online,
        coalesce(sum(clients) filter (where inside_area), 0)::int as clients
      from wlan_hotspots where removed_at is null and latitude is not null`,
  );
  return row!;
}
