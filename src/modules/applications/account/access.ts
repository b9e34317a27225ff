import { loadAuthorized, type Actor, type CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { errors } from '../../../kernel/http';
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

/**
 * Who reads an application on the applicant's side: the account holder ("Meine Anträge"), or a guest
 * who proved access with the resume link (the guest cookie, `/antraege/…` only).
 */
export type Viewer = { kind: 'account'; actor: CurrentUser } | { kind: 'guest'; guestIds: readonly string[] };

export async function loadViewedApplication(db: Executor, viewer: Viewer, id: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow> {
  if (viewer.kind === 'account') return loadOwnApplication(db, viewer.actor, id, options);
  const application = await findApplication(db, id, options);
  if (!application || application.applicantId !== null || !isApplicant(null, application, viewer.guestIds)) throw errors.notFoundOrForbidden('Der Antrag');
  return application;
}

export const viewerId = (viewer: Viewer): string | null => (viewer.kind === 'account' ? viewer.actor.id : null);

export { requireLogin, signedIn } from '../../accounts';
