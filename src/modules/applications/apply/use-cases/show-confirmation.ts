import type { ModuleDeps } from '../../../../kernel/module';
import { findServiceForApplication } from '../../../services';
import type { ApplicationRow } from '../../repository';
import type { Applicant } from '../context';
import { openApplication } from './open-application';

export type Confirmation =
  | { submitted: true; application: ApplicationRow & { reference: string; submittedAt: Date }; serviceName: string }
  /** Still a draft: the person belongs on "Prüfen Sie Ihre Angaben". */
  | { submitted: false; application: ApplicationRow };

/** "Antrag eingegangen" for the applicant (account or guest with access); anyone else gets 404. */
export async function showConfirmation(who: Applicant, input: { id: string }, deps: Pick<ModuleDeps, 'db'>): Promise<Confirmation> {
  const { application, form } = await openApplication(who, input, deps);
  const { reference, submittedAt } = application;
  if (application.status === 'draft' || !reference || !submittedAt) return { submitted: false, application };
  const service = await findServiceForApplication(deps.db, application.serviceSlug);
  return { submitted: true, application: { ...application, reference, submittedAt }, serviceName: service?.name ?? form.definition.title };
}
