import { and, asc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { users } from '../../../kernel/auth';
import type { Database, Executor } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import { libraryItems, libraryRecords } from '../tables/catalogue';
import { libraryHolds, libraryLoans, libraryReaders, type LibraryReader } from '../tables/lending';
import { countWaiting, findItemByBarcode, insertLoan, loanOfItem, queueOf, type ItemWithRecord } from './repository';
import { holdReadyMail, type LibraryMailContext } from './mails';
import { dueDateFrom, RENEWAL_REFUSALS, renewalRefusal, today, addDays } from './rules';
import type { LendingRules } from './settings';

/*
 * The built-in lending system's writes, shared by the reader account (through the connector) and
 * the lending desk (whose use cases add authorization and the audit entry). Each runs inside the
 * caller's transaction; a refusal is a German sentence for the person, never a thrown error. Those
 * that may make a held copy ready mail its reader, signed as `mail` says.
 */

export type Refusal = { ok: false; message: string };
const no = (message: string): Refusal => ({ ok: false, message });

/** Who gets the library's mails: the card's address, else the linked portal account's. */
export async function readerAddress(db: Executor, reader: LibraryReader): Promise<string | undefined> {
  if (reader.email) return reader.email;
  if (!reader.userId) return undefined;
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, reader.userId));
  return row?.email;
}

export async function lendItem(
  tx: Executor,
  reader: LibraryReader,
  barcode: string,
  rules: LendingRules,
): Promise<{ ok: true; item: ItemWithRecord; dueOn: string } | Refusal> {
  const item = await findItemByBarcode(tx, barcode);
  if (!item) return no('Zu dieser Mediennummer gibt es kein Exemplar. Prüfen Sie die Nummer.');
  if (item.state !== 'available') return no('Dieses Exemplar ist nicht ausleihbar (Präsenzbestand, vermisst oder ausgeschieden).');
  const day = today();
  if (reader.expiresOn < day) return no('Der Ausweis ist abgelaufen. Verlängern Sie zuerst den Ausweis.');
  const [first] = await queueOf(tx, item.id);
  if (first && first.readerId !== reader.id) return no('Dieses Exemplar ist für eine andere Person vorgemerkt.');
  const dueOn = dueDateFrom(day, rules);
  const loan = await insertLoan(tx, { itemId: item.id, readerId: reader.id, dueOn });
  if (!loan) return no('Dieses Exemplar ist bereits entliehen. Buchen Sie zuerst die Rückgabe.');
  await tx.delete(libraryHolds).where(and(eq(libraryHolds.itemId, item.id), eq(libraryHolds.readerId, reader.id)));
  return { ok: true, item, dueOn };
}

/**
 * Books a copy back in. The next hold in its queue becomes ready for pickup and that reader gets
 * an e-mail (in the same transaction, through the outbox).
 */
export async function returnItem(
  tx: Executor,
  barcode: string,
  rules: LendingRules,
  mail: LibraryMailContext,
): Promise<{ ok: true; item: ItemWithRecord; readerId: string; overdueDays: number; nextReaderId: string | undefined } | Refusal> {
  const item = await findItemByBarcode(tx, barcode);
  if (!item) return no('Zu dieser Mediennummer gibt es kein Exemplar. Prüfen Sie die Nummer.');
  const loan = await loanOfItem(tx, item.id);
  if (!loan) return no('Dieses Exemplar ist nicht entliehen.');
  await tx.delete(libraryLoans).where(eq(libraryLoans.id, loan.id));
  const day = today();
  const overdueDays = Math.max(0, Math.round((Date.parse(day) - Date.parse(loan.dueOn)) / 86_400_000));
  const next = await notifyNextHold(tx, item, rules, mail);
  return { ok: true, item, readerId: loan.readerId, overdueDays, nextReaderId: next };
}

async function notifyNextHold(tx: Executor, item: ItemWithRecord, rules: LendingRules, mail: LibraryMailContext): Promise<string | undefined> {
  const [first] = await queueOf(tx, item.id);
  if (!first) return undefined;
  const [ready] = await tx
    .update(libraryHolds)
    .set({ readyAt: sql`now()` })
    .where(and(eq(libraryHolds.id, first.id), isNull(libraryHolds.readyAt)))
    .returning();
  if (!ready) return first.readerId;
  const [reader] = await tx.select().from(libraryReaders).where(eq(libraryReaders.id, first.readerId));
  const to = reader && (await readerAddress(tx, reader));
  if (reader && to) await sendMail(tx, { to, ...holdReadyMail(reader.name, item, addDays(today(), rules.holdPickupDays), mail) });
  return first.readerId;
}

/** Renews one loan of this reader by the rules; the new due date counts from today. */
export async function renewLoan(
  tx: Executor,
  reader: LibraryReader,
  itemId: string,
  rules: LendingRules,
): Promise<{ ok: true; dueOn: string; title: string } | Refusal> {
  const loan = await loanOfItem(tx, itemId);
  if (!loan || loan.readerId !== reader.id) return no('Dieses Medium ist nicht auf Ihrem Ausweis entliehen.');
  const waiting = await countWaiting(tx, itemId, reader.id);
  const day = today();
  const refusal = renewalRefusal(loan, waiting, rules, day);
  if (refusal) return no(RENEWAL_REFUSALS[refusal]);
  const dueOn = dueDateFrom(day, rules);
  // A renewal never shortens a loan (renewing on the day of lending changes nothing).
  if (dueOn <= loan.dueOn) return no('Die Leihfrist ist bereits so lang wie möglich.');
  await tx
    .update(libraryLoans)
    .set({ dueOn, renewals: sql`${libraryLoans.renewals} + 1` })
    .where(eq(libraryLoans.id, loan.id));
  await tx.execute(sql`delete from library_loan_reminders where loan_id = ${loan.id}`);
  const [record] = await tx
    .select({ title: libraryRecords.title })
    .from(libraryItems)
    .innerJoin(libraryRecords, eq(libraryRecords.id, libraryItems.recordId))
    .where(eq(libraryItems.id, itemId));
  return { ok: true, dueOn, title: record?.title ?? '' };
}

/**
 * Places a hold on a record: holds queue per copy, so the reader joins the queue of the lent copy
 * that should come back first (fewest holds, then the earliest due date). Refused when a copy
 * stands on the shelf, when the record has no lendable copy, or when the reader already has it.
 */
export async function placeHold(tx: Executor, reader: LibraryReader, recordId: string): Promise<{ ok: true; itemId: string; position: number } | Refusal> {
  if (reader.expiresOn < today()) return no('Ihr Ausweis ist abgelaufen. Bitte verlängern Sie ihn in der Bücherei.');
  const copies = await tx
    .select({
      id: libraryItems.id,
      dueOn: libraryLoans.dueOn,
      loanReader: libraryLoans.readerId,
      holds: sql<number>`(select count(*)::int from ${libraryHolds} h where h.item_id = ${libraryItems.id})`,
      mine: sql<boolean>`exists (select 1 from ${libraryHolds} h where h.item_id = ${libraryItems.id} and h.reader_id = ${reader.id})`,
    })
    .from(libraryItems)
    .leftJoin(libraryLoans, eq(libraryLoans.itemId, libraryItems.id))
    .where(and(eq(libraryItems.recordId, recordId), eq(libraryItems.state, 'available')))
    .orderBy(asc(libraryItems.barcode));
  if (copies.length === 0) return no('Von diesem Titel gibt es kein ausleihbares Exemplar.');
  if (copies.some((copy) => copy.mine)) return no('Sie haben diesen Titel bereits vorgemerkt.');
  if (copies.some((copy) => copy.loanReader === reader.id)) return no('Sie haben diesen Titel bereits ausgeliehen.');
  if (copies.some((copy) => copy.dueOn === null && copy.holds === 0)) return no('Ein Exemplar steht im Regal. Sie können es direkt in der Bücherei ausleihen.');
  // The copy that should come back first: fewest holds, then the earliest due date.
  const [target] = copies.sort((a, b) => a.holds - b.holds || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  if (!target) return no('Von diesem Titel gibt es kein ausleihbares Exemplar.');
  const [hold] = await tx.insert(libraryHolds).values({ itemId: target.id, readerId: reader.id }).onConflictDoNothing().returning();
  if (!hold) return no('Sie haben diesen Titel bereits vorgemerkt.');
  return { ok: true, itemId: target.id, position: target.holds + 1 };
}

/** Deletes a hold of this reader; a hold that was ready passes the copy on to the next in line. */
export async function cancelHold(
  tx: Executor,
  reader: LibraryReader,
  itemId: string,
  rules: LendingRules,
  mail: LibraryMailContext,
): Promise<{ ok: true } | Refusal> {
  const [hold] = await tx
    .delete(libraryHolds)
    .where(and(eq(libraryHolds.itemId, itemId), eq(libraryHolds.readerId, reader.id)))
    .returning();
  if (!hold) return no('Diese Vormerkung gibt es nicht (mehr).');
  const [onLoan] = await tx.select({ id: libraryLoans.id }).from(libraryLoans).where(eq(libraryLoans.itemId, itemId));
  if (hold.readyAt && !onLoan) await passOn(tx, itemId, rules, mail);
  return { ok: true };
}

/**
 * Holds that waited on the hold shelf longer than the pickup days go: the copy passes to the next
 * reader in the queue (who gets the e-mail), or back to the shelf. Returns how many expired.
 */
export async function expireUncollectedHolds(db: Database, rules: LendingRules, mail: LibraryMailContext, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - rules.holdPickupDays * 86_400_000);
  const stale = await db
    .select({ id: libraryHolds.id, itemId: libraryHolds.itemId })
    .from(libraryHolds)
    .where(and(isNotNull(libraryHolds.readyAt), lt(libraryHolds.readyAt, cutoff)));
  let expired = 0;
  for (const hold of stale) {
    const gone = await db.transaction(async (tx) => {
      const [row] = await tx
        .delete(libraryHolds)
        .where(and(eq(libraryHolds.id, hold.id), isNotNull(libraryHolds.readyAt), lt(libraryHolds.readyAt, cutoff)))
        .returning();
      if (!row) return false;
      await passOn(tx, hold.itemId, rules, mail);
      return true;
    });
    if (gone) expired += 1;
  }
  return expired;
}

/** A copy on the hold shelf whose hold went: the next in its queue is notified. */
async function passOn(tx: Executor, itemId: string, rules: LendingRules, mail: LibraryMailContext): Promise<void> {
  const [item] = await tx.select({ barcode: libraryItems.barcode }).from(libraryItems).where(eq(libraryItems.id, itemId));
  const full = item && (await findItemByBarcode(tx, item.barcode));
  if (full) await notifyNextHold(tx, full, rules, mail);
}
