import { and, eq, gt, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { preparedPerDatabase } from '../db/prepared';
import { cachedQuery } from '../db/query-cache';
import type { Executor } from '../db/types';
import { currentUserOf, type CurrentUser } from './actor';
import { sessions, userDepartments, userPermissions, users } from './tables';
import { randomToken, sha256 } from './tokens';

/** Idle timeout; the layout warns before it and offers to extend (WCAG 2.2.1). */
export const SESSION_IDLE_SECONDS = 60 * 60;
/** Sliding expiry is written at most this often, to keep page views free of writes. */
const TOUCH_AFTER_SECONDS = 5 * 60;

export interface LoadedSession {
  idHash: string;
  user: CurrentUser;
  expiresAt: Date;
}

export async function createSession(db: Executor, userId: string): Promise<string> {
  const token = randomToken();
  await db.insert(sessions).values({
    idHash: sha256(token),
    userId,
    expiresAt: sql`now() + ${`${SESSION_IDLE_SECONDS} seconds`}::interval`,
  });
  return token;
}

/** Citizens hold no Fachbereiche or permissions: their sessions skip both lookups. */
const staffOnly = (list: SQL) => sql<string[]>`case when ${users.role} = 'citizen' then '{}'::text[] else array(${list}) end`;

/** Every request with a session runs it: prepared once per database (kernel/db/prepared.ts). */
const loadSessionQuery = preparedPerDatabase((db) =>
  db
    .select({
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      // In the same round trip: every page of a staff member needs them.
      departments: staffOnly(sql`select ${userDepartments.departmentId} from ${userDepartments} where ${userDepartments.userId} = ${users.id}`),
      permissions: staffOnly(sql`select ${userPermissions.permission} from ${userPermissions} where ${userPermissions.userId} = ${users.id}`),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder('idHash')), gt(sessions.expiresAt, sql`now()`), isNull(users.disabledAt)))
    .limit(1)
    .prepare('load_session'),
);

/**
 * Every request with a session asks it: kept in this process's memory until that session changes in
 * any process (a row trigger notifies its id hash: logout, the touch below) or any person, Fachbereich
 * membership or permission does (ADR 16). A session unknown to the database is not kept.
 */
const sessionByHash = cachedQuery(
  { tables: ['sessions', 'users', 'user_departments', 'user_permissions'], keyedBy: 'sessions', maxEntries: 10_000 },
  async (db, idHash) => (await loadSessionQuery(db).execute({ idHash }))[0] ?? null,
);

/** At most one query, none while the session is in memory. Expired sessions and disabled users count as none. */
export async function loadSession(db: Executor, token: string): Promise<LoadedSession | null> {
  const idHash = sha256(token);
  const row = await sessionByHash(db, idHash);
  // The query leaves out expired sessions, but a kept one may have expired since.
  if (!row || row.expiresAt.getTime() <= Date.now()) return null;
  let expiresAt = row.expiresAt;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_SECONDS * 1000) expiresAt = await touchSession(db, idHash);
  return {
    idHash,
    expiresAt,
    user: currentUserOf(row),
  };
}

export async function touchSession(db: Executor, idHash: string): Promise<Date> {
  const [row] = await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + ${`${SESSION_IDLE_SECONDS} seconds`}::interval` })
    .where(eq(sessions.idHash, idHash))
    .returning({ expiresAt: sessions.expiresAt });
  return row?.expiresAt ?? new Date();
}

export async function destroySession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(token)));
}

/** After a password change or reset every other device is logged out. */
export async function destroyUserSessions(db: Executor, userId: string, keepToken?: string): Promise<void> {
  const condition = keepToken ? and(eq(sessions.userId, userId), ne(sessions.idHash, sha256(keepToken))) : eq(sessions.userId, userId);
  await db.delete(sessions).where(condition);
}

export async function pruneExpiredSessions(db: Executor): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}
