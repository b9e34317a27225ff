import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor, reusedStatement } from '../../../kernel/db';
import { addDays } from '../../../kernel/time';
import type { AppointmentSettings } from '../settings';

/** An address as limits compare it: trimmed and lower-case (the local part's case is ignored by every mailbox we know). */
export function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What `appointment_no_shows` keeps instead of the address. */
export function emailHashOf(email: string): string {
  return createHash('sha256').update(normalisedEmail(email)).digest('hex');
}

export interface PersonAsking {
  email: string;
  /** The account booking, if any (its `emailVerified` counts for the no-show rule). */
  user: { id: string; emailVerified: boolean } | null;
  serviceIds: readonly string[];
  /** Berlin today. */
  today: string;
  /** A booking being replaced (a rebooking) does not count against the limits. */
  replacingId?: string | undefined;
}

/** Why a person may not book now; the booking form shows it as the message. */
export type LimitRefusal =
  | { reason: 'too_many_open'; limit: number }
  | { reason: 'too_many_for_service'; limit: number; serviceId: string }
  | { reason: 'account_required'; until: string };

/**
 * Takes a lock for the person (their address) until the caller's transaction ends, so two bookings of
 * the same person at once are checked one after the other and the limits hold under parallel load.
 */
export async function lockPerson(tx: Executor, email: string): Promise<void> {
  await tx.execute(reusedStatement(sql`select pg_advisory_xact_lock(hashtextextended(${`appointments.person:${normalisedEmail(email)}`}, 0))`));
}

/**
 * The limits of issue 14, point 3, checked inside the booking's transaction after `lockPerson`:
 * open appointments (booked or under way, today or later) per address or account and per service,
 * and the no-show rule (after `noShowLimit` missed appointments within `noShowWindowDays`, only a
 * confirmed account may book until `accountRequiredWeeks` after the last one). Null when allowed.
 */
export async function limitRefusal(tx: Executor, person: PersonAsking, settings: AppointmentSettings): Promise<LimitRefusal | null> {
  const email = normalisedEmail(person.email);
  const since = addDays(person.today, -settings.noShowWindowDays);
  // One statement for all three counts: on PGlite each round trip costs more than the counting
  // (docs/performance.md, "Termine"); the no-shows are counted even when a confirmed account makes them moot.
  const [open] = await queryRows<{ total: number; perService: Array<{ serviceId: string; n: number }> | null; missed: number; lastMissed: string | null }>(
    tx,
    reusedStatement(sql`with mine as (
        select b.id from appointment_bookings b
        where b.state in ('booked', 'waiting', 'called') and b.day >= ${person.today}
          and (lower(b.email) = ${email} ${person.user ? sql`or b.user_id = ${person.user.id}` : sql``})
          ${person.replacingId ? sql`and b.id <> ${person.replacingId}` : sql``}
      ), missed as (
        select count(*)::int as n, max(day) as last from appointment_no_shows
        where (email_hash = ${emailHashOf(email)} ${person.user ? sql`or user_id = ${person.user.id}` : sql``}) and day >= ${since}
      )
      select (select count(*)::int from mine) as "total",
        (select json_agg(json_build_object('serviceId', bs.service_id, 'n', bs.n)) from (
          select service_id, count(*)::int as n from appointment_booking_services where booking_id in (select id from mine) group by service_id
        ) bs) as "perService",
        (select n from missed) as "missed", (select last from missed) as "lastMissed"`),
  );
  if ((open?.total ?? 0) >= settings.maxOpenPerPerson) return { reason: 'too_many_open', limit: settings.maxOpenPerPerson };
  for (const serviceId of person.serviceIds) {
    const n = open?.perService?.find((row) => row.serviceId === serviceId)?.n ?? 0;
    if (n >= settings.maxOpenPerService) return { reason: 'too_many_for_service', limit: settings.maxOpenPerService, serviceId };
  }
  if (person.user?.emailVerified) return null;
  const missed = open ? { n: open.missed, last: open.lastMissed } : undefined;
  if (!missed || missed.n < settings.noShowLimit || !missed.last) return null;
  const until = addDays(missed.last, settings.accountRequiredWeeks * 7);
  return until > person.today ? { reason: 'account_required', until } : null;
}
