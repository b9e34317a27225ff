import { eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import { errors } from '../../../../kernel/http';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { libraryReaders } from '../../tables/lending';

/** Ends the link between the portal account and the card; the card then needs its PIN again. */
export async function unlinkReader(actor: Actor, input: { ip: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<boolean> {
  if (!actor) throw errors.loginRequired();
  return db.transaction(async (tx) => {
    const rows = await tx.update(libraryReaders).set({ userId: null }).where(eq(libraryReaders.userId, actor.id)).returning({ id: libraryReaders.id });
    const [row] = rows;
    if (!row) return false;
    await audit(tx, actor, { action: 'library.reader.unlinked', objectType: 'library_reader', objectId: row.id, ip: input.ip });
    return true;
  });
}
