import { sql } from 'drizzle-orm';
import { moduleSettings } from '../../../kernel/config';
import { queryRows, type Executor } from '../../../kernel/db';
import { addDays, berlinDay, publicHolidaysBetween, type LocalHoliday } from '../../../kernel/time';
import { appointmentSettings } from '../settings';

export interface GenerateUnits {
  /** The municipality's state (`config.municipality.state`): its public holidays have no units. */
  state: string;
  /** The town's own holidays (settings `appointments.localHolidays`): no units either. */
  localHolidays: readonly LocalHoliday[];
  /** Days ahead that get units (settings.ts `windowDays`), from today on. */
  windowDays: number;
  now: Date;
  /** Only this location (after a change to its plan); all of them otherwise. */
  locationId?: string | undefined;
}

export interface GeneratedUnits {
  added: number;
  removed: number;
}

/**
 * Release waves go by blocks: one counter's units of one clock hour share their wave, so a wave
 * releases runs long enough for a 20-minute service (single units spread over the waves would leave
 * few consecutive ones). A block's share position in [0, 100) is the fractional part of its rank in
 * the day times the golden ratio: consecutive ranks land far apart, so each wave gets its share of the
 * morning and of the afternoon (not the first 70 % of the day), and a block gets the same wave on
 * every run.
 */
const GOLDEN = 0.6180339887498949;

/**
 * Makes the units of counter time for the booking window (issue 14, point 1) in one statement: for
 * each active location and active counter, every day from today on, units of the location's
 * `slotMinutes` within the opening hours valid that day (the set with the latest `validFrom` not after
 * it), except on public holidays and inside closures (of the location, or of the counter; whole days
 * or hours). A unit's `released_at` comes from the location's release waves (a wave releases
 * `sharePercent` of a day's units, by blocks of an hour at a counter, `daysAhead` days before at `atTime`); without waves it is bookable
 * at once.
 *
 * Idempotent: an existing unit stays (`on conflict do update` only moves the release of a free unit
 * not yet released, when the waves changed, and its end, when the unit length changed; a released
 * unit is never withdrawn from sale by a new wave). No new unit overlaps a booked one. Free future units that no longer belong (shorter hours,
 * a closure, a counter switched off) are deleted; a booked unit is never touched (a closure cancels
 * its booking first, planning/close-location.ts). Past units stay for the statistics.
 */
export async function generateUnits(db: Executor, input: GenerateUnits): Promise<GeneratedUnits> {
  const today = berlinDay(input.now);
  const lastDay = addDays(today, input.windowDays);
  const holidays = [...publicHolidaysBetween(input.state, today, lastDay, input.localHolidays).keys()];
  const onlyLocation = input.locationId ? sql`and l.id = ${input.locationId}` : sql``;
  const holidayArray =
    holidays.length > 0
      ? sql`array[${sql.join(
          holidays.map((day) => sql`${day}`),
          sql`, `,
        )}]::date[]`
      : sql`array[]::date[]`;
  const [result] = await queryRows<{ added: number; removed: number }>(
    db,
    sql`with days as (
        select d::date as day from generate_series(${today}::date, ${lastDay}::date, interval '1 day') d
        where not (d::date = any(${holidayArray}))
      ), hours as (
        select l.id as location_id, l.slot_minutes, days.day, h.opens, h.closes
        from appointment_locations l cross join days
        join appointment_opening_hours h on h.location_id = l.id and h.weekday = extract(isodow from days.day)
          and h.valid_from = (select max(v.valid_from) from appointment_opening_hours v where v.location_id = l.id and v.valid_from <= days.day::text)
        where l.active ${onlyLocation}
      ), units as (
        select distinct on (c.id, s.starts_at) hr.location_id, c.id as counter_id, hr.day, s.starts_at,
          s.starts_at + make_interval(mins => hr.slot_minutes) as ends_at
        from hours hr
        join appointment_counters c on c.location_id = hr.location_id and c.active
        cross join lateral generate_series(
          (hr.day + hr.opens) at time zone 'Europe/Berlin',
          (hr.day + hr.closes) at time zone 'Europe/Berlin' - make_interval(mins => hr.slot_minutes),
          make_interval(mins => hr.slot_minutes)) s(starts_at)
        where not exists (
          select 1 from appointment_closures x
          where x.location_id = hr.location_id and (x.counter_id is null or x.counter_id = c.id)
            and hr.day::text between x.first_day and x.last_day
            and (x.from_time is null or (x.from_time < (s.starts_at at time zone 'Europe/Berlin')::time + make_interval(mins => hr.slot_minutes)
              and x.until_time > (s.starts_at at time zone 'Europe/Berlin')::time)))
      ), ranked as (
        select u.*, (dense_rank() over (partition by u.location_id, u.day order by date_trunc('hour', u.starts_at), u.counter_id) - 1) * ${GOLDEN}::float8 as spread
        from units u
      ), waves as (
        select location_id, days_ahead, at_time, upto - share_percent as since, upto
        from (select *, sum(share_percent) over (partition by location_id order by days_ahead desc, at_time, id) as upto from appointment_release_waves) cumulated
      ), wanted as (
        select r.location_id, r.counter_id, r.starts_at, r.ends_at,
          coalesce(((r.day - w.days_ahead) + w.at_time) at time zone 'Europe/Berlin', ${input.now}::timestamptz) as released_at
        from ranked r
        left join waves w on w.location_id = r.location_id and (r.spread - floor(r.spread)) * 100 >= w.since and (r.spread - floor(r.spread)) * 100 < w.upto
        where r.starts_at >= ${input.now}
      ), changed as (
        -- What is not there yet as it should be (a run that changes nothing writes nothing).
        select w.* from wanted w
        where not exists (select 1 from appointment_slots e where e.counter_id = w.counter_id and e.starts_at = w.starts_at
          and (e.booking_id is not null or (e.ends_at = w.ends_at and (e.released_at <= ${input.now} or e.released_at = w.released_at))))
      ), insertable as (
        -- After a change of the unit length, no new unit overlaps a booked one of another length
        -- (probed per changed unit through the counter's index; OFFSET 0 keeps it from becoming a join over every booked unit).
        select c.* from changed c
        where not exists (select 1 from appointment_slots b where b.counter_id = c.counter_id and b.booking_id is not null
          and b.starts_at > c.starts_at - interval '60 minutes' and b.starts_at < c.ends_at and b.ends_at > c.starts_at
          and b.starts_at <> c.starts_at offset 0)
      ), removed as (
        delete from appointment_slots s
        where s.booking_id is null and s.starts_at >= ${input.now}
          ${input.locationId ? sql`and s.location_id = ${input.locationId}` : sql``}
          and not exists (select 1 from wanted w where w.counter_id = s.counter_id and w.starts_at = s.starts_at)
        returning 1
      ), added as (
        insert into appointment_slots (location_id, counter_id, starts_at, ends_at, released_at)
        select location_id, counter_id, starts_at, ends_at, released_at from insertable
        on conflict (counter_id, starts_at) do update set ends_at = excluded.ends_at,
            released_at = case when appointment_slots.released_at > ${input.now} then excluded.released_at else appointment_slots.released_at end
          where appointment_slots.booking_id is null and (appointment_slots.ends_at <> excluded.ends_at
            or (appointment_slots.released_at > ${input.now} and appointment_slots.released_at <> excluded.released_at))
        returning (xmax = 0) as inserted
      )
      select (select count(*)::int from added where inserted) as "added", (select count(*)::int from removed) as "removed"`,
  );
  return { added: result?.added ?? 0, removed: result?.removed ?? 0 };
}

/** After a change to a location's plan, inside its transaction: its units made again at once. */
export async function regenerateLocation(
  tx: Executor,
  deps: { config: { municipality: { state: string }; settings: Readonly<Record<string, unknown>> } },
  locationId: string,
): Promise<GeneratedUnits> {
  const { windowDays, localHolidays } = moduleSettings(deps, appointmentSettings);
  return generateUnits(tx, { state: deps.config.municipality.state, localHolidays, windowDays, now: new Date(), locationId });
}
