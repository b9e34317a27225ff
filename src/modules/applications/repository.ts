import { eq } from 'drizzle-orm';
import type { Executor } from '../../kernel/db';
import { applications } from './tables';
import { UUID } from './paths';

export type ApplicationRow = typeof applications.$inferSelect;

/** One application by id (null for malformed ids); `forUpdate` locks the row for the transaction. */
export async function findApplication(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow | null> {
  if (!UUID.test(id)) return null;
  const query = db.select().from(applications).where(eq(applications.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}
