import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { oidcIdentities, sessions, userDepartments, userPermissions, users, userTokens } from '../../kernel/auth';
import type { Executor } from '../../kernel/db';
import { mailOutbox } from '../../kernel/mail';

/** Whether the account has a password at all: forms leave the password field out when it has none. */
export async function hasPassword(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ set: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .where(eq(users.id, userId));
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

/** The account row and what hangs on it, for "Meine Daten": profile, linked identities, open sessions. */
export async function accountFacts(db: Executor, userId: string) {
  const [user] = await db
    .select({
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return undefined;
  const [identities, [sessionCount]] = await Promise.all([
    db.select({ issuer: oidcIdentities.issuer, linkedAt: oidcIdentities.createdAt }).from(oidcIdentities).where(eq(oidcIdentities.userId, userId)),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(sessions)
      .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, sql`now()`))),
  ]);
  return { user, identities, sessionCount: sessionCount?.count ?? 0 };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes what the kernel tables hold about the account besides the user row: sessions, one-time
 * links, OpenID Connect identities, departments and permissions, and mails addressed to it (the
 * outbox keeps delivered mails, with the address and often a link in them) or quoting its address.
 * Counts per kind.
 */
export async function eraseAccountRows(db: Executor, user: { id: string; email: string }) {
  const removed = async (query: Promise<unknown[]>) => (await query).length;
  return {
    sessions: await removed(db.delete(sessions).where(eq(sessions.userId, user.id)).returning({ id: sessions.idHash })),
    tokens: await removed(db.delete(userTokens).where(eq(userTokens.userId, user.id)).returning({ id: userTokens.tokenHash })),
    identities: await removed(db.delete(oidcIdentities).where(eq(oidcIdentities.userId, user.id)).returning({ id: oidcIdentities.subject })),
    memberships:
      (await removed(db.delete(userDepartments).where(eq(userDepartments.userId, user.id)).returning({ id: userDepartments.departmentId }))) +
      (await removed(db.delete(userPermissions).where(eq(userPermissions.userId, user.id)).returning({ id: userPermissions.permission }))),
    mails: await removed(db.delete(mailOutbox).where(eq(mailOutbox.toAddress, user.email)).returning({ id: mailOutbox.id })),
    // Mails to others may quote the address (a barrier report's notice to the municipality): it is blanked there.
    quoted: await removed(
      db
        .update(mailOutbox)
        .set({ textBody: sql`regexp_replace(${mailOutbox.textBody}, ${escapeRegExp(user.email)}, '[Adresse gelöscht]', 'gi')` })
        .where(sql`strpos(lower(${mailOutbox.textBody}), ${user.email.toLowerCase()}) > 0`)
        .returning({ id: mailOutbox.id }),
    ),
  };
}

/** The notes of an account deletion, from its audit entry (which names only the pseudonym). */
export async function findDeletionNotes(db: Executor, pseudonym: string): Promise<unknown> {
  const [row] = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'account.deleted'), eq(auditLog.objectType, 'user'), eq(auditLog.objectId, pseudonym)))
    .limit(1);
  return row?.details?.notes;
}
