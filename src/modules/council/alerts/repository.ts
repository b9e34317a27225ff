import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { councilAlertSubscriptions } from '../tables';
import type { ResolvedTarget } from './targets';

export type AlertRow = typeof councilAlertSubscriptions.$inferSelect;

/** One alert per address and target: subscribing again keeps the row (and its confirmation) and returns it. */
export async function upsertSubscription(db: Executor, email: string, target: ResolvedTarget): Promise<{ id: string; confirmed: boolean }> {
  const [row] = await db
    .insert(councilAlertSubscriptions)
    .values({ email, ...target })
    .onConflictDoUpdate({ target: [councilAlertSubscriptions.email, councilAlertSubscriptions.targetKey], set: { label: target.label } })
    .returning({ id: councilAlertSubscriptions.id, confirmedAt: councilAlertSubscriptions.confirmedAt });
  return { id: row!.id, confirmed: row!.confirmedAt !== null };
}

export async function findSubscription(db: Executor, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(councilAlertSubscriptions).where(eq(councilAlertSubscriptions.id, id));
  return row;
}

/** Confirms once (a second use of the link changes nothing); changes before the confirmation are never reported. */
export async function confirmSubscription(db: Executor, id: string, now: Date): Promise<AlertRow | undefined> {
  const [row] = await db
    .update(councilAlertSubscriptions)
    .set({
      confirmedAt: sql`coalesce(${councilAlertSubscriptions.confirmedAt}, ${now.toISOString()}::timestamptz)`,
      reportedUntil: sql`coalesce(${councilAlertSubscriptions.reportedUntil}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(councilAlertSubscriptions.id, id))
    .returning();
  return row;
}

/** Every alert of the address this alert belongs to, oldest first. */
export function subscriptionsOfAddressOf(db: Executor, id: string): Promise<AlertRow[]> {
  return db
    .select()
    .from(councilAlertSubscriptions)
    .where(eq(councilAlertSubscriptions.email, sql`(select email from council_alert_subscriptions where id = ${id})`))
    .orderBy(asc(councilAlertSubscriptions.createdAt), asc(councilAlertSubscriptions.id));
}

/** Deletes the alert, or every alert of its address; returns how many were deleted. */
export async function deleteSubscriptions(db: Executor, id: string, scope: 'one' | 'all'): Promise<number> {
  const rows = await db
    .delete(councilAlertSubscriptions)
    .where(
      scope === 'one'
        ? eq(councilAlertSubscriptions.id, id)
        : eq(councilAlertSubscriptions.email, sql`(select email from council_alert_subscriptions where id = ${id})`),
    )
    .returning({ id: councilAlertSubscriptions.id });
  return rows.length;
}

/** Unconfirmed alerts older than `before`: the address was perhaps not the subscriber's own. */
export async function deleteUnconfirmed(db: Executor, before: Date): Promise<number> {
  const rows = await db
    .delete(councilAlertSubscriptions)
    .where(and(isNull(councilAlertSubscriptions.confirmedAt), lt(councilAlertSubscriptions.createdAt, before)))
    .returning({ id: councilAlertSubscriptions.id });
  return rows.length;
}
