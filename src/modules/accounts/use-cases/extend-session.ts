import { sha256, touchSession, type CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';

/** WCAG 2.2.1: the person asked for more time; the idle timeout starts again. */
export async function extendSession(_actor: CurrentUser, { sessionToken }: { sessionToken: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<Date> {
  return touchSession(db, sha256(sessionToken));
}
