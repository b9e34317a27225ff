import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { z } from 'zod';
import { findUserByEmail, hashPassword } from '../../../kernel/auth';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, today } from '../lending/rules';
import { libraryItems } from '../tables/catalogue';
import { FEE_REASONS, libraryFees, libraryHolds, libraryLoans, libraryReaders } from '../tables/lending';

/**
 * `library-lending.json` of a demo pack: demo readers with loans (dated relative to today, so one
 * is always overdue), holds on the copies another demo reader has borrowed, and fees.
 */
export const lendingPackSchema = z.object({
  readers: z.array(
    z.object({
      cardNumber: z.string().regex(/^[0-9A-Za-z-]{1,20}$/),
      pin: z.string().min(4).max(64),
      name: z.string().min(1),
      email: z.email().optional(),
      /** A demo account (admin.json) the card is linked to: its login opens the library account. */
      linkedAccount: z.email().optional(),
      loans: z.array(z.object({ dueInDays: z.number().int().min(-60).max(60), renewals: z.number().int().min(0).max(5).default(0) })).default([]),
      /** Holds on every copy the reader with this card number has borrowed. */
      holdsOnLoansOf: z.string().optional(),
      fees: z.array(z.object({ reason: z.enum(FEE_REASONS), amountCents: z.number().int().min(1), description: z.string().default('') })).default([]),
    }),
  ),
});
type LendingPack = z.output<typeof lendingPackSchema>;

/**
 * Copies on the shelf (lendable, not lent, no hold), in barcode order, one per title (a title has up
 * to three copies, and a reader borrows one of them): the demo takes them one by one.
 */
async function freeCopies(db: ModuleDeps['db'], limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: libraryItems.id, recordId: libraryItems.recordId })
    .from(libraryItems)
    .where(
      and(
        eq(libraryItems.state, 'available'),
        notExists(
          db
            .select({ one: sql`1` })
            .from(libraryLoans)
            .where(eq(libraryLoans.itemId, libraryItems.id)),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(libraryHolds)
            .where(eq(libraryHolds.itemId, libraryItems.id)),
        ),
      ),
    )
    .orderBy(asc(libraryItems.barcode))
    .limit(limit * 3);
  const titles = new Set<string>();
  return rows
    .filter((row) => !titles.has(row.recordId) && titles.add(row.recordId))
    .slice(0, limit)
    .map((row) => row.id);
}

/**
 * The demo readers of the pack, on copies of the catalogue as the catalogue's demo left it (run it
 * after the catalogue seed). Seeds only into an empty readers table and only when the catalogue has
 * enough copies on the shelf; the copies are taken in barcode order, so a reseed picks the same ones.
 */
export async function seedLendingDemo(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readDemoPack(deps.config, 'library-lending', lendingPackSchema);
  if (!pack || pack.readers.length === 0) return;
  const { db } = deps;
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(libraryReaders);
  if ((existing?.n ?? 0) > 0) return;
  const needed = pack.readers.reduce((sum, reader) => sum + reader.loans.length, 0);
  const copies = await freeCopies(db, needed);
  if (copies.length < needed) return;
  await seedReaders(deps, pack, copies);
}

async function seedReaders({ db }: Pick<ModuleDeps, 'db'>, pack: LendingPack, copies: string[]): Promise<void> {
  const day = today();
  const hashes = await Promise.all(pack.readers.map((reader) => hashPassword(reader.pin)));
  await db.transaction(async (tx) => {
    const loansByCard = new Map<string, string[]>();
    const readerIds = new Map<string, string>();
    for (const [index, reader] of pack.readers.entries()) {
      const user = reader.linkedAccount ? await findUserByEmail(tx, reader.linkedAccount) : undefined;
      const [row] = await tx
        .insert(libraryReaders)
        .values({
          cardNumber: reader.cardNumber,
          pinHash: hashes[index] ?? '',
          name: reader.name,
          email: reader.email ?? null,
          userId: user?.id ?? null,
          expiresOn: addDays(day, 365),
        })
        .returning({ id: libraryReaders.id });
      if (!row) throw new Error('demo reader not inserted');
      readerIds.set(reader.cardNumber, row.id);
      const itemIds = reader.loans.map(() => copies.shift() ?? '');
      loansByCard.set(reader.cardNumber, itemIds);
      // The loans were made four weeks (plus renewals) before their due date.
      await tx.insert(libraryLoans).values(
        reader.loans.map((loan, n) => ({
          readerId: row.id,
          itemId: itemIds[n] ?? '',
          dueOn: addDays(day, loan.dueInDays),
          renewals: loan.renewals,
          lentAt: new Date(Date.parse(addDays(day, loan.dueInDays - 28))),
        })),
      );
      if (reader.fees.length > 0) await tx.insert(libraryFees).values(reader.fees.map((fee) => ({ readerId: row.id, ...fee })));
    }
    for (const reader of pack.readers) {
      const itemIds = reader.holdsOnLoansOf ? (loansByCard.get(reader.holdsOnLoansOf) ?? []) : [];
      const readerId = readerIds.get(reader.cardNumber);
      if (readerId && itemIds.length > 0) await tx.insert(libraryHolds).values(itemIds.map((itemId) => ({ readerId, itemId })));
    }
  });
}
