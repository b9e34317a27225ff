import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { departments } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { AppError, errors } from '../../../kernel/http';
import type { ModuleDeps, PermissionDefinition } from '../../../kernel/module';
import { findUserDetail, type UserDetail } from '../repository';
import type { Choices } from '../schemas';
import type { UseCaseContext } from '../use-cases';
import type { AccessOptions } from '../views';

/** The declared permissions of every registered module, read when a page needs them. */
export type PermissionCatalogue = () => readonly PermissionDefinition[];

export function useCaseContext(request: FastifyRequest, deps: ModuleDeps): UseCaseContext {
  return { db: deps.db, config: deps.config, ip: request.ip };
}

/** A use case refused the input after looking at the database (address taken, last admin, ...). */
export function isValidationError(error: unknown): error is AppError & { fields: Record<string, string> } {
  return error instanceof AppError && error.code === 'validation_failed' && error.fields !== undefined;
}

/** The strings of a form body or query, to show them again (checkbox lists see `listValue`). */
export function stringValues(input: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) if (typeof value === 'string' && key !== '_csrf') values[key] = value.slice(0, 1000);
  }
  return values;
}

/** Ticked checkboxes as sent: none, one (a string) or several (an array). */
export function listValue(input: unknown, key: string): string[] {
  const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is a missing page, not a database error. */
export async function loadUser(db: Executor, id: string): Promise<UserDetail> {
  const user = UUID.test(id) ? await findUserDetail(db, id) : undefined;
  if (!user) throw errors.notFound('Das Konto');
  return user;
}

export async function accessOptions(db: Executor, permissions: PermissionCatalogue): Promise<AccessOptions> {
  const rows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(sql`${departments.name} collate "und-x-icu"`);
  return {
    departments: rows.map((row) => ({ value: row.id, label: row.name })),
    permissions: permissions().map((permission) => ({ value: permission.id, label: permission.label, hint: permission.id })),
  };
}

export function choicesOf(options: AccessOptions): Choices {
  return { departments: options.departments.map((option) => option.value), permissions: options.permissions.map((option) => option.value) };
}
