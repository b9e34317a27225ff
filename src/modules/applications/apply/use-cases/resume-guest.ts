import { sha256, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { findFormVersion } from '../../../forms';
import { PATHS } from '../../paths';
import type { ApplicationRow } from '../../repository';
import { continuePath } from '../journey';
import { findByGuestToken } from '../repository';

/**
 * The application of a valid, unexpired resume link and where the guest continues (the next open
 * page of a draft; the status view of a submitted one); null when the link is unknown, replaced or
 * expired. The link itself is the proof of access.
 */
export async function resumeGuestApplication(
  _actor: Actor,
  { token, now = new Date() }: { token: string; now?: Date },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<{ application: ApplicationRow; next: string } | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const application = await findByGuestToken(db, sha256(token), now);
  if (!application) return null;
  if (application.status !== 'draft') return { application, next: PATHS.guestStatus(application.id) };
  const form = await findFormVersion(db, application.formVersionId);
  if (!form) throw new Error(`form version ${application.formVersionId} of application ${application.id} is missing`);
  return { application, next: continuePath(application.id, form.definition, application.answers) };
}
