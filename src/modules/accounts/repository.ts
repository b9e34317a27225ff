import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { users } from '../../kernel/auth';
import type { Executor } from '../../kernel/db';

/** Whether the account has a password at all: forms leave the password field out when it has none. */
export async function hasPassword(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db.select({ set: sql<boolean>`${users.passwordHash} is not null` }).from(users).where(eq(users.id, userId));
  return row?.set ?? false;
}

export interface ActivityEntry {
  at: Date;
  action: string;
}

/** The latest actions on one's own account, so a login nobody expected stands out on "Mein Konto". */
export function recentActivity(db: Executor, userId: string, limit = 5): Promise<ActivityEntry[]> {
  return db
    .select({ at: auditLog.at, action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.objectType, 'user'), eq(auditLog.objectId, userId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/**
 * Locks all active admin rows and counts them: two last admins deleting themselves at the same
 * moment are serialised, and the second sees that only one is left.
 */
export async function lockActiveAdmins(db: Executor): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
    .for('update');
  return rows.length;
}
