import { and, asc, count, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { queryRows, type Executor } from '../../../kernel/db';
import { wlanGapReports, type GapState, type WlanGapReport } from '../tables';
import { PUBLIC_STATES } from './presenters';

export type NewGapReport = typeof wlanGapReports.$inferInsert;

const berlinYearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' });

/** The next number of the year (Berlin's year): one atomic upsert, so parallel reports never share a number. */
export async function nextGapNumber(tx: Executor, now: Date): Promise<{ year: number; number: number }> {
  const year = Number(berlinYearFormat.format(now));
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`insert into wlan_gap_reference_counters (year, last) values (${year}, 1)
        on conflict (year) do update set last = wlan_gap_reference_counters.last + 1
        returning last`,
  );
  return { year, number: row!.last };
}

export async function insertGapReport(tx: Executor, values: NewGapReport): Promise<WlanGapReport> {
  const [row] = await tx.insert(wlanGapReports).values(values).returning();
  return row!;
}

export async function findGapReport(db: Executor, id: string, { forUpdate = false } = {}): Promise<WlanGapReport | undefined> {
  const query = db.select().from(wlanGapReports).where(eq(wlanGapReports.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function countGapReports(db: Executor, state?: GapState): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(wlanGapReports)
    .where(state ? eq(wlanGapReports.state, state) : undefined);
  return row?.total ?? 0;
}

/** Newest first (the state index serves a filtered list). */
export async function listGapReports(db: Executor, { state, limit, offset }: { state?: GapState; limit: number; offset: number }): Promise<WlanGapReport[]> {
  return db
    .select()
    .from(wlanGapReports)
    .where(state ? eq(wlanGapReports.state, state) : undefined)
    .orderBy(desc(wlanGapReports.createdAt), desc(wlanGapReports.id))
    .limit(limit)
    .offset(offset);
}

export interface PublicGapRow {
  latitude: number;
  longitude: number;
  place: string;
  state: GapState;
  publicNote: string;
}

/** What the public heat map may use: confirmed, planned and resolved reports, without description or contact. */
export async function listPublicGaps(db: Executor): Promise<PublicGapRow[]> {
  return db
    .select({
      latitude: wlanGapReports.latitude,
      longitude: wlanGapReports.longitude,
      place: wlanGapReports.place,
      state: wlanGapReports.state,
      publicNote: wlanGapReports.publicNote,
    })
    .from(wlanGapReports)
    .where(inArray(wlanGapReports.state, [...PUBLIC_STATES]));
}

export async function updateGapState(tx: Executor, id: string, values: { state: GapState; publicNote: string; closedAt: Date | null }): Promise<void> {
  await tx
    .update(wlanGapReports)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(wlanGapReports.id, id));
}

/** Closed before `before` and still holding an e-mail address or a photo; locked, skipping rows another worker holds. */
export async function lockExpiredContacts(tx: Executor, before: Date, limit: number): Promise<WlanGapReport[]> {
  return tx
    .select()
    .from(wlanGapReports)
    .where(
      and(
        isNotNull(wlanGapReports.closedAt),
        lt(wlanGapReports.closedAt, before),
        or(isNotNull(wlanGapReports.contactEmail), isNotNull(wlanGapReports.photoKey)),
      ),
    )
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function eraseContact(tx: Executor, id: string): Promise<void> {
  await tx.update(wlanGapReports).set({ contactEmail: null, photoKey: null, photoContentType: null }).where(eq(wlanGapReports.id, id));
}

export type GapHistoryEntry = Pick<typeof auditLog.$inferSelect, 'at' | 'actorLabel' | 'action' | 'details'>;

/** A report's audit entries (state changes, the contacts' deletion), oldest first: its "Verlauf". */
export async function listGapHistory(db: Executor, id: string): Promise<GapHistoryEntry[]> {
  return db
    .select({ at: auditLog.at, actorLabel: auditLog.actorLabel, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.objectType, 'wlan_gap_report'), eq(auditLog.objectId, id)))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .limit(100);
}
