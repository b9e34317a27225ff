import { eq, sql } from 'drizzle-orm';
import { departments } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';

export interface DepartmentRow {
  id: string;
  name: string;
  email: string | null;
  memberCount: number;
}

export function listDepartments(db: Executor): Promise<DepartmentRow[]> {
  return db
    .select({
      id: departments.id,
      name: departments.name,
      email: departments.email,
      memberCount: sql<number>`(select count(*)::int from user_departments ud where ud.department_id = "departments"."id")`,
    })
    .from(departments)
    .orderBy(sql`${departments.name} collate "und-x-icu"`);
}

/** False when the id is taken: the primary key decides, not a check before the insert. */
export async function insertDepartment(db: Executor, input: { id: string; name: string; email?: string | undefined }): Promise<boolean> {
  const inserted = await db
    .insert(departments)
    .values({ id: input.id, name: input.name, email: input.email ?? null })
    .onConflictDoNothing({ target: departments.id })
    .returning({ id: departments.id });
  return inserted.length > 0;
}

/** Departments as choices of a form, by name. */
export async function departmentChoices(db: Executor): Promise<{ value: string; label: string }[]> {
  const rows = await db
    .select({ value: departments.id, label: departments.name })
    .from(departments)
    .orderBy(sql`${departments.name} collate "und-x-icu"`);
  return rows;
}

export async function departmentExists(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id)).limit(1);
  return row !== undefined;
}
