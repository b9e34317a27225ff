import { loadAuthorized, type Actor } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { isApplicant } from '../policies';
import { findApplication, type ApplicationRow } from '../repository';

/** "Meine Anträge" belongs to accounts: guest applications are reached only through their resume link. */
export function isAccountApplicant(actor: Actor, application: ApplicationRow): boolean {
  return application.applicantId !== null && isApplicant(actor, application);
}

/** The actor's own application; anything else (missing, another person's, a guest's) answers 404. */
export function loadOwnApplication(db: Executor, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow> {
  return loadAuthorized(actor, () => findApplication(db, id, options), isAccountApplicant, 'Der Antrag');
}

export { requireLogin, signedIn } from '../../accounts';
