import { eq, sql } from 'drizzle-orm';
import type { AccountOverviewCard, PersonalDataHook } from '../../../kernel/module';
import { formatMoney } from '../../../kernel/views';
import { feesOf, findReaderByUser, holdsOf, loansOf, openFeeCents } from '../lending/repository';
import { today } from '../lending/rules';
import { LENDING_PATHS } from '../paths';
import { FEE_REASON_LABELS } from '../presenters';
import { libraryReaders } from '../tables/lending';

/*
 * The library's part of "Meine Daten", of the account deletion and of "Mein Konto", for a card that
 * is linked to the portal account. A card that is not linked is the library's own relationship with
 * the reader and does not belong to the portal account.
 */

export const libraryPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const reader = await findReaderByUser(db, user.id);
    if (!reader) return undefined;
    const [loans, holds, fees] = await Promise.all([loansOf(db, reader.id), holdsOf(db, reader.id), feesOf(db, reader.id)]);
    return {
      libraryCard: { cardNumber: reader.cardNumber, name: reader.name, email: reader.email, validUntil: reader.expiresOn, issuedAt: reader.createdAt },
      loans: loans.map((loan) => ({ title: loan.title, barcode: loan.barcode, lentAt: loan.lentAt, dueOn: loan.dueOn, renewals: loan.renewals })),
      holds: holds.map((hold) => ({ title: hold.title, placedAt: hold.createdAt, positionInQueue: hold.position, readyForPickup: hold.readyAt !== null })),
      fees: fees.map((fee) => ({
        reason: FEE_REASON_LABELS[fee.reason],
        description: fee.description,
        amountCents: fee.amountCents,
        chargedAt: fee.createdAt,
        paidAt: fee.paidAt,
      })),
    };
  },
  erase: async (user, tx) => {
    const rows = await tx
      .update(libraryReaders)
      .set({
        userId: null,
        // The account's address leaves with the account; an address the library was given otherwise stays.
        email: sql`case when lower(${libraryReaders.email}) = ${user.email.toLowerCase()} then null else ${libraryReaders.email} end`,
      })
      .where(eq(libraryReaders.userId, user.id))
      .returning({ id: libraryReaders.id });
    if (rows.length === 0) return [];
    return [
      {
        what: 'Büchereiausweis',
        outcome: 'kept',
        count: rows.length,
        reason:
          'Ihr Büchereiausweis gehört zur Stadtbücherei, nicht zum Bürgerkonto: Ausleihen und Gebühren bleiben dort. Die Verbindung zum Bürgerkonto und die E-Mail-Adresse des Kontos sind entfernt. Den Ausweis kündigen Sie an der Ausleihtheke.',
      },
    ];
  },
};

/** The "Stadtbücherei" card on Mein Konto, for a linked card. */
export async function libraryOverview(user: { id: string }, { db }: { db: Parameters<typeof findReaderByUser>[0] }): Promise<AccountOverviewCard | undefined> {
  const reader = await findReaderByUser(db, user.id);
  if (!reader) return undefined;
  const [loans, holds, openCents] = await Promise.all([loansOf(db, reader.id), holdsOf(db, reader.id), openFeeCents(db, reader.id)]);
  const day = today();
  const overdue = loans.filter((loan) => loan.dueOn < day).length;
  const ready = holds.filter((hold) => hold.readyAt !== null).length;
  const parts = [
    `${loans.length} ${loans.length === 1 ? 'Ausleihe' : 'Ausleihen'}${overdue > 0 ? ` (${overdue} überfällig)` : ''}`,
    `${holds.length} ${holds.length === 1 ? 'Vormerkung' : 'Vormerkungen'}${ready > 0 ? ` (${ready} abholbereit)` : ''}`,
    ...(openCents > 0 ? [`${formatMoney(openCents)} offene Gebühren`] : []),
  ];
  return { title: 'Stadtbücherei', summary: parts.join(', '), href: LENDING_PATHS.account, linkLabel: 'Büchereikonto öffnen' };
}
