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
  const { application } = await loadViewedRecord(viewer, async () => {
    const row = await findApplication(db, id, options);
    return row && { application: row };
  });
  return application;
}

/** The same check for an application read together with more of it in one statement (its page's lists). */
export async function loadViewedRecord<Found extends { application: ApplicationRow }>(viewer: Viewer, load: () => Promise<Found | null>): Promise<Found> {
  if (viewer.kind === 'account') return loadAuthorized(viewer.actor, load, (actor, found) => isAccountApplicant(actor, found.application), 'Der Antrag');
  // A guest's resume link opens only guest applications, never one of an account.
  const found = await load();
  const isGuestsOwn = found !== null && found.application.applicantId === null && isApplicant(null, found.application, viewer.guestIds);
  if (!isGuestsOwn) throw errors.notFoundOrForbidden('Der Antrag');
  return found;
}

export const viewerId = (viewer: Viewer): string | null => (viewer.kind === 'account' ? viewer.actor.id : null);

export { requireLogin, signedIn } from '../../accounts';
