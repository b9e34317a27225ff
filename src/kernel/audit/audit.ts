import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Executor } from '../db/types';
import { auditLog } from './tables';

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string;
  details?: Record<string, unknown>;
  ip?: string;
}

/** Records an action. Call it inside the transaction of the change it describes. */
/** An actor that is not (yet) a session user: a login, a CLI run, a job. */
export interface NamedActor {
  id: string | null;
  label: string;
}

export async function audit(db: Executor, actor: Actor | NamedActor, entry: AuditEntry): Promise<void> {
  const actorId = actor ? actor.id : null;
  const actorLabel = actor ? ('email' in actor ? actor.email : actor.label) : 'anonym';
  await db.insert(auditLog).values({
    actorId,
    actorLabel,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    details: entry.details ?? null,
    ip: entry.ip ?? null,
  });
}

/**
 * DSGVO: when an account is deleted its audit trail stays (accountability) but no longer names
 * the person. The pseudonym is stable per account, so entries of one deleted account still group.
 * Returns how many entries now name the pseudonym instead of the person.
 */
export async function pseudonymiseActor(db: Executor, userId: string, pseudonym: string): Promise<number> {
  const byActor = await db
    .update(auditLog)
    .set({ actorId: null, actorLabel: `gelöschtes Konto ${pseudonym}`, ip: null })
    .where(eq(auditLog.actorId, userId))
    .returning({ id: auditLog.id });
  const aboutUser = await db
    .update(auditLog)
    .set({ objectId: pseudonym, details: sql`null` })
    .where(sql`${auditLog.objectType} = 'user' and ${auditLog.objectId} = ${userId}`)
    .returning({ id: auditLog.id });
  return new Set([...byActor, ...aboutUser].map((row) => row.id)).size;
}
