import { audit } from '../../../kernel/audit';
import { destroySession, type Actor } from '../../../kernel/auth';
import type { AccountDeps } from '../context';

/** Ends this session only; other devices stay logged in. */
export async function logOut(actor: Actor, { sessionToken }: { sessionToken: string | null }, { db, ip }: Pick<AccountDeps, 'db' | 'ip'>): Promise<void> {
  if (!sessionToken) return;
  await db.transaction(async (tx) => {
    await destroySession(tx, sessionToken);
    if (actor) await audit(tx, actor, { action: 'auth.logout', objectType: 'user', objectId: actor.id, ip });
  });
}
