import { asc, eq, sql } from 'drizzle-orm';
import { preparedPerDatabase, type Executor } from '../../kernel/db';
import { applicationPayments, applications } from './tables';
import { UUID } from './paths';

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
  if (!UUID.test(id)) return null;
  const [row] = options.forUpdate
    ? await db.select().from(applications).where(eq(applications.id, id)).for('update')
    : await applicationById(db).execute({ id });
  return row ?? null;
}

const paymentsOf = preparedPerDatabase((db) =>
  db
    .select()
    .from(applicationPayments)
    .where(sql`${applicationPayments.applicationId} = any(${sql.placeholder('applicationIds')})`)
    .orderBy(asc(applicationPayments.createdAt), asc(applicationPayments.id))
    .prepare('application_payments'),
);

/** The payments of the applications, oldest first (an Antrag's page, the back office, "Meine Daten"). */
export async function listPayments(db: Executor, applicationIds: readonly string[]): Promise<PaymentRow[]> {
  if (applicationIds.length === 0) return [];
  return paymentsOf(db).execute({ applicationIds });
}
