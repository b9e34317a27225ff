import { loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { feesOf, findReader, findReaderByCard, holdsOf, loansOf, openFeeCents } from '../../lending/repository';
import { mayLend } from '../../policies';

/** Everything the desk sees of one reader: the card, loans, holds and fees (paid ones too). */
export async function showReaderAtDesk(actor: Actor, input: { readerId: string }, { db }: Pick<ModuleDeps, 'db'>) {
  requireSection(actor, mayLend);
  const reader = await loadAuthorized(actor, () => findReader(db, input.readerId), mayLend, 'Die Leserin oder der Leser');
  const [loans, holds, fees, openCents] = await Promise.all([
    loansOf(db, reader.id),
    holdsOf(db, reader.id),
    feesOf(db, reader.id),
    openFeeCents(db, reader.id),
  ]);
  return { reader, loans, holds, fees, openCents };
}

export type ReaderAtDesk = Awaited<ReturnType<typeof showReaderAtDesk>>;

/** The desk looks a reader up by the card number it scans; undefined when there is no such card. */
export async function findReaderAtDesk(actor: Actor, input: { cardNumber: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<string | undefined> {
  requireSection(actor, mayLend);
  return (await findReaderByCard(db, input.cardNumber))?.id;
}

/** The desk's forms without an object (start page, new card): only the section is checked. */
export function openDesk(actor: Actor): void {
  requireSection(actor, mayLend);
}
