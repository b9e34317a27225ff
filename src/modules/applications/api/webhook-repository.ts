import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { departments } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { webhookSubscriptions } from '../tables';

export interface WebhookListRow {
  id: string;
  departmentId: string;
  departmentName: string | null;
  url: string;
  createdAt: Date;
  disabledAt: Date | null;
}

const listColumns = {
  id: webhookSubscriptions.id,
  departmentId: webhookSubscriptions.departmentId,
  departmentName: departments.name,
  url: webhookSubscriptions.url,
  createdAt: webhookSubscriptions.createdAt,
  disabledAt: webhookSubscriptions.disabledAt,
};

/** The webhooks of the departments (all when undefined), active ones first, then oldest first. Never the secret. */
export function listWebhookRows(db: Executor, departmentIds: readonly string[] | undefined): Promise<WebhookListRow[]> {
  return db
    .select(listColumns)
    .from(webhookSubscriptions)
    .leftJoin(departments, eq(departments.id, webhookSubscriptions.departmentId))
    .where(departmentIds ? inArray(webhookSubscriptions.departmentId, departmentIds.length ? [...departmentIds] : ['']) : undefined)
    .orderBy(sql`${webhookSubscriptions.disabledAt} is not null`, asc(webhookSubscriptions.createdAt), asc(webhookSubscriptions.id));
}

export async function findWebhookRow(db: Executor, id: string): Promise<WebhookListRow | undefined> {
  const [row] = await db
    .select(listColumns)
    .from(webhookSubscriptions)
    .leftJoin(departments, eq(departments.id, webhookSubscriptions.departmentId))
    .where(eq(webhookSubscriptions.id, id));
  return row;
}

export async function insertWebhook(db: Executor, values: { departmentId: string; url: string; secret: string }): Promise<string> {
  const [row] = await db.insert(webhookSubscriptions).values(values).returning({ id: webhookSubscriptions.id });
  if (!row) throw new Error('insert into application_webhooks returned no row');
  return row.id;
}

/** Switches an active webhook off; false when it was off already (two clicks, two operators). */
export async function markWebhookDisabled(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .update(webhookSubscriptions)
    .set({ disabledAt: sql`now()` })
    .where(and(eq(webhookSubscriptions.id, id), isNull(webhookSubscriptions.disabledAt)))
    .returning({ id: webhookSubscriptions.id });
  return rows.length > 0;
}

export interface DepartmentChoice {
  id: string;
  name: string;
}

/** The departments a webhook may be created for (all when undefined), by name. */
export function listDepartmentChoices(db: Executor, departmentIds: readonly string[] | undefined): Promise<DepartmentChoice[]> {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(departmentIds ? inArray(departments.id, departmentIds.length ? [...departmentIds] : ['']) : undefined)
    .orderBy(sql`${departments.name} collate "und-x-icu"`);
}
