import { and, asc, count, eq, gte, isNull, lt, lte, not, sql } from 'drizzle-orm';
import { users } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { libraryItems, libraryRecords } from '../tables/catalogue';
import {
  libraryFees,
  libraryHolds,
  libraryLoanReminders,
  libraryLoans,
  libraryReaders,
  type FeeReason,
  type LibraryReader,
  type ReminderKind,
} from '../tables/lending';

/* Queries of the built-in lending system. Use cases decide transactions; these only run statements. */

export async function findReader(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<LibraryReader | undefined> {
  const query = db.select().from(libraryReaders).where(eq(libraryReaders.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findReaderByCard(db: Executor, cardNumber: string): Promise<LibraryReader | undefined> {
  const [row] = await db.select().from(libraryReaders).where(eq(libraryReaders.cardNumber, cardNumber));
  return row;
}

export async function findReaderByUser(db: Executor, userId: string): Promise<LibraryReader | undefined> {
  const [row] = await db.select().from(libraryReaders).where(eq(libraryReaders.userId, userId));
  return row;
}

/** Readers whose name contains the words typed at the desk (case and accents ignored), by name. */
export async function findReadersByName(db: Executor, query: string, limit: number): Promise<LibraryReader[]> {
  const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return db
    .select()
    .from(libraryReaders)
    .where(sql`unaccent(${libraryReaders.name}) ilike unaccent(${pattern})`)
    .orderBy(sql`${libraryReaders.name} collate "und-x-icu"`)
    .limit(limit);
}

/** What a copy is, for the desk and the connector's documents. */
export interface ItemWithRecord {
  id: string;
  barcode: string;
  shelfmark: string;
  state: string;
  recordId: string;
  title: string;
  authors: string[];
  year: number | null;
}

const itemColumns = {
  id: libraryItems.id,
  barcode: libraryItems.barcode,
  shelfmark: libraryItems.shelfmark,
  state: libraryItems.state,
  recordId: libraryRecords.id,
  title: libraryRecords.title,
  authors: libraryRecords.authors,
  year: libraryRecords.year,
};

export async function findItemByBarcode(db: Executor, barcode: string): Promise<ItemWithRecord | undefined> {
  const [row] = await db
    .select(itemColumns)
    .from(libraryItems)
    .innerJoin(libraryRecords, eq(libraryRecords.id, libraryItems.recordId))
    .where(eq(libraryItems.barcode, barcode));
  return row;
}

/** Holds waiting for a copy, ignoring one reader's own. */
const waitingFor = (itemId: unknown, exceptReader: unknown) =>
  sql<number>`(select count(*)::int from ${libraryHolds} h where h.item_id = ${itemId} and h.reader_id <> ${exceptReader})`;

export interface ReaderLoan extends ItemWithRecord {
  loanId: string;
  lentAt: Date;
  dueOn: string;
  renewals: number;
  /** Other readers' holds on this copy. */
  waiting: number;
}

export async function loansOf(db: Executor, readerId: string): Promise<ReaderLoan[]> {
  return db
    .select({
      ...itemColumns,
      loanId: libraryLoans.id,
      lentAt: libraryLoans.lentAt,
      dueOn: libraryLoans.dueOn,
      renewals: libraryLoans.renewals,
      waiting: waitingFor(libraryLoans.itemId, libraryLoans.readerId),
    })
    .from(libraryLoans)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryLoans.itemId))
    .innerJoin(libraryRecords, eq(libraryRecords.id, libraryItems.recordId))
    .where(eq(libraryLoans.readerId, readerId))
    .orderBy(asc(libraryLoans.dueOn), asc(libraryRecords.title));
}

export interface ReaderHold extends ItemWithRecord {
  holdId: string;
  createdAt: Date;
  readyAt: Date | null;
  /** 1 = next in line for this copy. */
  position: number;
}

export async function holdsOf(db: Executor, readerId: string): Promise<ReaderHold[]> {
  const position = sql<number>`(select count(*)::int from ${libraryHolds} h where h.item_id = ${libraryHolds.itemId} and (h.created_at, h.id) <= (${libraryHolds.createdAt}, ${libraryHolds.id}))`;
  return db
    .select({ ...itemColumns, holdId: libraryHolds.id, createdAt: libraryHolds.createdAt, readyAt: libraryHolds.readyAt, position })
    .from(libraryHolds)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryHolds.itemId))
    .innerJoin(libraryRecords, eq(libraryRecords.id, libraryItems.recordId))
    .where(eq(libraryHolds.readerId, readerId))
    .orderBy(asc(libraryHolds.createdAt));
}

export async function feesOf(db: Executor, readerId: string, options: { openOnly?: boolean } = {}) {
  const open = options.openOnly ? isNull(libraryFees.paidAt) : undefined;
  return db
    .select()
    .from(libraryFees)
    .where(and(eq(libraryFees.readerId, readerId), open))
    .orderBy(asc(libraryFees.createdAt));
}

export async function openFeeCents(db: Executor, readerId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${libraryFees.amountCents}), 0)::int` })
    .from(libraryFees)
    .where(and(eq(libraryFees.readerId, readerId), isNull(libraryFees.paidAt)));
  return row?.total ?? 0;
}

/** The open loan of a copy, locked: renewals and returns of one copy run one after the other. */
export async function loanOfItem(db: Executor, itemId: string) {
  const [row] = await db.select().from(libraryLoans).where(eq(libraryLoans.itemId, itemId)).for('update');
  return row;
}

/** Lends a copy; undefined when it is already lent (the unique index decides, never a read first). */
export async function insertLoan(db: Executor, values: { itemId: string; readerId: string; dueOn: string }) {
  const [row] = await db.insert(libraryLoans).values(values).onConflictDoNothing({ target: libraryLoans.itemId }).returning();
  return row;
}

/** The holds of a copy in queue order. */
export async function queueOf(db: Executor, itemId: string) {
  return db.select().from(libraryHolds).where(eq(libraryHolds.itemId, itemId)).orderBy(asc(libraryHolds.createdAt), asc(libraryHolds.id));
}

export async function countWaiting(db: Executor, itemId: string, exceptReaderId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(libraryHolds)
    .where(and(eq(libraryHolds.itemId, itemId), sql`${libraryHolds.readerId} <> ${exceptReaderId}`));
  return row?.n ?? 0;
}

export async function insertFee(db: Executor, values: { readerId: string; reason: FeeReason; description: string; amountCents: number }) {
  const [row] = await db.insert(libraryFees).values(values).returning();
  if (!row) throw new Error('fee not inserted');
  return row;
}

/** Settles an open fee; undefined when it was already paid (or is not this reader's). */
export async function markFeePaid(db: Executor, readerId: string, feeId: string) {
  const [row] = await db
    .update(libraryFees)
    .set({ paidAt: sql`now()` })
    .where(and(eq(libraryFees.id, feeId), eq(libraryFees.readerId, readerId), isNull(libraryFees.paidAt)))
    .returning();
  return row;
}

/**
 * Loans that need a reminder of this kind and have not had it: `due_soon` for loans due from
 * `day` to `until`, `overdue` for loans due before `day`. At most `limit`, oldest due date first.
 */
export async function loansForReminder(db: Executor, kind: ReminderKind, day: string, until: string, limit: number) {
  const due = kind === 'due_soon' ? and(gte(libraryLoans.dueOn, day), lte(libraryLoans.dueOn, until)) : lt(libraryLoans.dueOn, day);
  const sent = sql`exists (select 1 from ${libraryLoanReminders} r where r.loan_id = ${libraryLoans.id} and r.kind = ${kind})`;
  return db
    .select({
      loanId: libraryLoans.id,
      dueOn: libraryLoans.dueOn,
      title: libraryRecords.title,
      shelfmark: libraryItems.shelfmark,
      readerName: libraryReaders.name,
      // The card's own address, else the linked portal account's.
      email: sql<string | null>`coalesce(${libraryReaders.email}, ${users.email})`,
    })
    .from(libraryLoans)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryLoans.itemId))
    .innerJoin(libraryRecords, eq(libraryRecords.id, libraryItems.recordId))
    .innerJoin(libraryReaders, eq(libraryReaders.id, libraryLoans.readerId))
    .leftJoin(users, eq(users.id, libraryReaders.userId))
    .where(and(due, not(sent)))
    .orderBy(asc(libraryLoans.dueOn))
    .limit(limit);
}

/** Records that a reminder went out; false when another worker recorded it first. */
export async function markReminded(db: Executor, loanId: string, kind: ReminderKind): Promise<boolean> {
  const rows = await db.insert(libraryLoanReminders).values({ loanId, kind }).onConflictDoNothing().returning({ loanId: libraryLoanReminders.loanId });
  return rows.length > 0;
}
