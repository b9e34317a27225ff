import type { Actor } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { errors } from '../../../../kernel/http';
import { findServiceForApplication, type ServiceForApplication } from '../../../services';
import { isApplicant } from '../../policies';
import { findApplication, type ApplicationRow } from '../../repository';

/**
 * Who pays (the `actor` of the payment use cases): the logged-in applicant, or a guest who proved
 * access with the resume link.
 */
export interface Payer {
  actor: Actor;
  guestIds: readonly string[];
}

/** The payer's application with its Leistung; anybody else's answers 404 like a missing one. */
export async function loadPayerApplication(
  db: Executor,
  payer: Payer,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ application: ApplicationRow; service: ServiceForApplication | null }> {
  const application = await findApplication(db, id, options);
  if (!application || !isApplicant(payer.actor, application, payer.guestIds)) throw errors.notFoundOrForbidden('Der Antrag');
  return { application, service: await findServiceForApplication(db, application.serviceSlug) };
}
