import { audit } from '../../../kernel/audit';
import { destroySession, type Actor } from '../../../kernel/auth';
import type { Database } from '../../../kernel/db';

/** Ends this session only; other devices stay logged in. */
export async function logOut(db: Database, actor: Actor, sessionToken: string | null, ip: string): Promise<void> {
  if (!sessionToken) return;
  await db.transaction(async (tx) => {
    await destroySession(tx, sessionToken);
    if (actor) await audit(tx, actor, { action: 'auth.logout', objectType: 'user', objectId: actor.id, ip });
  });
}
