import { loadAuthorized } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { findFormVersion, type FormVersion } from '../../../forms';
import { isApplicant } from '../../policies';
import { findApplication, type ApplicationRow } from '../../repository';
import type { Applicant } from '../context';

export interface OpenApplication {
  application: ApplicationRow;
  form: FormVersion;
}

/** The applicant's own application with the form version it was made with; anyone else gets 404. */
export async function openApplication(who: Applicant, { id }: { id: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<OpenApplication> {
  const application = await loadAuthorized(
    who.actor,
    () => findApplication(db, id),
    (actor, row) => isApplicant(actor, row, who.guestIds),
    'Der Antrag',
  );
  const form = await findFormVersion(db, application.formVersionId);
  if (!form) throw new Error(`form version ${application.formVersionId} of application ${application.id} is missing`);
  return { application, form };
}
