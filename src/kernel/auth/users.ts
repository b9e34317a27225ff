import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { hashPassword } from './passwords';
import { userDepartments, userPermissions, users, type Role } from './tables';

export type UserRow = typeof users.$inferSelect;

export interface NewUser {
  email: string;
  displayName: string;
  /** Omitted for accounts that log in only through OpenID Connect. */
  password?: string;
  role?: Role;
  emailVerified?: boolean;
  departments?: string[];
  permissions?: string[];
}

export class EmailTakenError extends Error {
  constructor() {
    super('email already registered');
  }
}

/**
 * Creates an account. The unique index decides races between two registrations of one address;
 * callers get EmailTakenError instead of a constraint violation. Run inside a transaction when
 * departments or permissions are given.
 */
export async function createUser(db: Executor, input: NewUser): Promise<UserRow> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const [user] = await db
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      passwordHash,
      role: input.role ?? 'citizen',
      emailVerifiedAt: input.emailVerified ? sql`now()` : null,
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) throw new EmailTakenError();
  if (input.departments?.length) await db.insert(userDepartments).values(input.departments.map((departmentId) => ({ userId: user.id, departmentId })));
  if (input.permissions?.length) await db.insert(userPermissions).values(input.permissions.map((permission) => ({ userId: user.id, permission })));
  return user;
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}
