import { sha256, touchSession } from '../../../kernel/auth';
import type { Database } from '../../../kernel/db';

/** WCAG 2.2.1: the person asked for more time; the idle timeout starts again. */
export async function extendSession(db: Database, sessionToken: string): Promise<Date> {
  return touchSession(db, sha256(sessionToken));
}
