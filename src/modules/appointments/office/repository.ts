import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import type { BookingKind, BookingState } from '../tables';

/** A location as the counters' pages and the API need it. */
export interface ServedLocation {
  id: string;
  slug: string;
  name: string;
  departmentId: string;
  ticketPrefix: string;
}

export interface ServedCounter {
  id: string;
  name: string;
}

/** One booking of a day plan, the queue, the booking page and the API (the contact only where a page asks for it). */
export interface ServedBooking {
  id: string;
  reference: string;
  kind: BookingKind;
  state: BookingState;
  day: string;
  locationId: string;
  counterId: string | null;
  calledCounterId: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  userId: string | null;
  ticket: string | null;
  checkedInAt: Date | null;
  calledAt: Date | null;
  doneAt: Date | null;
  /** The services' names with their persons ("Personalausweis beantragen (2 Personen)"), in the booking's order. */
  services: string[];
  /** The ids of its services, for the counters that offer them. */
  serviceIds: string[];
}

const LOCATION_COLUMNS = sql`id, slug, name, department_id as "departmentId", ticket_prefix as "ticketPrefix"`;

export async function listServedLocations(db: Executor): Promise<ServedLocation[]> {
  return queryRows<ServedLocation>(db, sql`select ${LOCATION_COLUMNS} from appointment_locations where active order by name collate "und-x-icu"`);
}

export async function findLocationBySlug(db: Executor, slug: string): Promise<ServedLocation | undefined> {
  const [row] = await queryRows<ServedLocation>(db, sql`select ${LOCATION_COLUMNS} from appointment_locations where slug = ${slug} and active`);
  return row;
}

export async function findLocationById(db: Executor, id: string): Promise<ServedLocation | undefined> {
  const [row] = await queryRows<ServedLocation>(db, sql`select ${LOCATION_COLUMNS} from appointment_locations where id = ${id}`);
  return row;
}

export async function countersOf(db: Executor, locationId: string): Promise<ServedCounter[]> {
  return queryRows<ServedCounter>(
    db,
    sql`select id, name from appointment_counters where location_id = ${locationId} and active order by name collate "und-x-icu", id`,
  );
}

const BOOKING_SELECT = sql`select b.id, b.reference, b.kind, b.state, b.day, b.location_id as "locationId", b.counter_id as "counterId",
    b.called_counter_id as "calledCounterId", b.starts_at as "startsAt", b.ends_at as "endsAt", b.name, b.email, b.phone,
    b.user_id as "userId", b.ticket, b.checked_in_at as "checkedInAt", b.called_at as "calledAt", b.done_at as "doneAt",
    coalesce((select array_agg(case when bs.quantity > 1 then s.name || ' (' || bs.quantity || ' Personen)' else s.name end order by bs.position, s.name)
      from appointment_booking_services bs join appointment_services s on s.id = bs.service_id where bs.booking_id = b.id), '{}') as "services",
    coalesce((select array_agg(bs.service_id order by bs.position) from appointment_booking_services bs where bs.booking_id = b.id), '{}') as "serviceIds"
  from appointment_bookings b`;

type RawBooking = Omit<ServedBooking, 'startsAt' | 'endsAt' | 'checkedInAt' | 'calledAt' | 'doneAt'> &
  Record<'startsAt' | 'endsAt' | 'checkedInAt' | 'calledAt' | 'doneAt', Date | string | null>;

const moment = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Raw statements give timestamps as text on one driver and as dates on the other: always dates here. */
function served(row: RawBooking): ServedBooking {
  return {
    ...row,
    startsAt: moment(row.startsAt),
    endsAt: moment(row.endsAt),
    checkedInAt: moment(row.checkedInAt),
    calledAt: moment(row.calledAt),
    doneAt: moment(row.doneAt),
  };
}

/** The bookings of a day at a location that are not cancelled: booked ones by time, walk-ins by arrival. */
export async function bookingsOfDay(db: Executor, locationId: string, day: string): Promise<ServedBooking[]> {
  const rows = await queryRows<RawBooking>(
    db,
    sql`${BOOKING_SELECT} where b.location_id = ${locationId} and b.day = ${day} and b.state <> 'cancelled'
      order by coalesce(b.starts_at, b.checked_in_at, b.created_at), b.reference`,
  );
  return rows.map(served);
}

/** One booking, its row locked until the transaction ends when `forUpdate` (two counters acting on it wait for each other). */
export async function findServedBooking(db: Executor, where: { id: string } | { reference: string }, forUpdate = false): Promise<ServedBooking | undefined> {
  const condition = 'id' in where ? sql`b.id = ${where.id}` : sql`b.reference = ${where.reference}`;
  const [row] = await queryRows<RawBooking>(db, sql`${BOOKING_SELECT} where ${condition} ${forUpdate ? sql`for update of b` : sql``}`);
  return row && served(row);
}

/**
 * The next person waiting at a location on a day whom a counter can serve (it offers all their
 * services; a walk-in without services may go anywhere): booked people at their time, walk-ins at
 * their arrival. Locked and skipped when another counter is calling them in this moment.
 */
export async function nextWaitingFor(tx: Executor, locationId: string, day: string, counterId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select b.id from appointment_bookings b
      where b.location_id = ${locationId} and b.day = ${day} and b.state = 'waiting'
        and not exists (select 1 from appointment_booking_services bs where bs.booking_id = b.id
          and not exists (select 1 from appointment_service_counters sc where sc.service_id = bs.service_id and sc.counter_id = ${counterId}))
      order by coalesce(b.starts_at, b.checked_in_at), b.checked_in_at
      limit 1 for update of b skip locked`,
  );
  return row?.id;
}

/** Ends (`done`) whoever is still called to a counter besides `exceptId`: the counter has called the next person. */
export async function finishCalledAt(
  tx: Executor,
  counterId: string,
  exceptId: string,
  now: Date,
): Promise<Array<{ id: string; reference: string; ticket: string | null }>> {
  return queryRows<{ id: string; reference: string; ticket: string | null }>(
    tx,
    sql`update appointment_bookings set state = 'done', done_at = ${now}
      where called_counter_id = ${counterId} and state = 'called' and id <> ${exceptId}
      returning id, reference, ticket`,
  );
}

/** The active services some counter of the location offers (what a walk-in can come for). */
export async function servicesAt(db: Executor, locationId: string): Promise<Array<{ id: string; name: string }>> {
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select s.id, s.name from appointment_services s where s.active and exists (
        select 1 from appointment_service_counters sc join appointment_counters c on c.id = sc.counter_id
        where sc.service_id = s.id and c.location_id = ${locationId} and c.active)
      order by s.name collate "und-x-icu"`,
  );
}
