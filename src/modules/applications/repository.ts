import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { jsonList, preparedPerDatabase, type Executor } from '../../kernel/db';
import { applicationPayments, applications } from './tables';
import { isUuid } from '../../kernel/http';

export type ApplicationRow = typeof applications.$inferSelect;
export type PaymentRow = typeof applicationPayments.$inferSelect;

// Every page of an Antrag reads it: prepared once per database (kernel/db/prepared.ts).
const applicationById = preparedPerDatabase((db) =>
  db
    .select()
    .from(applications)
    .where(eq(applications.id, sql.placeholder('id')))
    .prepare('application_by_id'),
);

/** One application by id (null for malformed ids); `forUpdate` locks the row for the transaction. */
export async function findApplication(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = options.forUpdate
    ? await db.select().from(applications).where(eq(applications.id, id)).for('update')
    : await applicationById(db).execute({ id });
  return row ?? null;
}

/** The payments of the applications `applicationIds` (an SQL array), oldest first, as one value of a select (kernel/db/json-list.ts). */
export function paymentsList(applicationIds: SQL): SQL<PaymentRow[]> {
  return jsonList<PaymentRow>(
    getTableColumns(applicationPayments),
    sql`from ${applicationPayments} where ${applicationPayments.applicationId} = any(${applicationIds})`,
    sql`${applicationPayments.createdAt}, ${applicationPayments.id}`,
  );
}
