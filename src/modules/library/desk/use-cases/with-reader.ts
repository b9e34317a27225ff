import { loadAuthorized, requireSection, type Actor, type CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import type { ModuleDeps } from '../../../../kernel/module';
import { findReader } from '../../lending/repository';
import { mayLend } from '../../policies';
import type { LibraryReader } from '../../tables/lending';

/**
 * The desk's changes to one reader: the section is checked first, then one transaction with the
 * reader's row locked (two desks serving one card change it one after the other) and checked by
 * the policy (a reader nobody may see answers 404).
 */
export async function withReaderAtDesk<T>(
  actor: Actor,
  readerId: string,
  { db }: Pick<ModuleDeps, 'db'>,
  work: (tx: Executor, reader: LibraryReader, staff: CurrentUser) => Promise<T>,
): Promise<T> {
  requireSection(actor, mayLend);
  return db.transaction(async (tx) => {
    const reader = await loadAuthorized(actor, () => findReader(tx, readerId, { forUpdate: true }), mayLend, 'Die Leserin oder der Leser');
    return work(tx, reader, actor);
  });
}
