import { sha256 } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import type { ApplicationRow } from '../../repository';
import { findByGuestToken } from '../repository';

/** The application of a valid, unexpired resume link; null when the link is unknown, replaced or expired. */
export async function resumeGuestApplication(db: Executor, token: string, now = new Date()): Promise<ApplicationRow | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  return findByGuestToken(db, sha256(token), now);
}
