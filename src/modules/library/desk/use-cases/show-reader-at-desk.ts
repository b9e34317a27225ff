import { loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { feesOf, findReader, findReaderByCard, findReadersByName, holdsOf, loansOf, openFeeCents } from '../../lending/repository';
import type { LibraryReader } from '../../tables/lending';
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

/**
 * The desk looks a reader up by the card number it scans (`exact`), or by part of the name
 * (`matches`, at most 20, for the desk to pick from).
 */
export async function findReaderAtDesk(
  actor: Actor,
  input: { query: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ exact?: string; matches: LibraryReader[] }> {
  requireSection(actor, mayLend);
  const card = input.query.length <= 20 ? await findReaderByCard(db, input.query) : undefined;
  if (card) return { exact: card.id, matches: [] };
  return { matches: /\p{L}/u.test(input.query) ? await findReadersByName(db, input.query, 20) : [] };
}

/** The desk's forms without an object (start page, new card): only the section is checked. */
export function openDesk(actor: Actor): void {
  requireSection(actor, mayLend);
}
