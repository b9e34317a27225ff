import { errors } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import { findPublishedForm, visiblePages, type FormVersion } from '../../../forms';
import { findServiceForApplication, type ServiceForApplication } from '../../../services';
import { PATHS } from '../../paths';
import type { ApplicationRow } from '../../repository';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Applicant } from '../context';
import { resumeMail } from '../mails';
import { insertDraft } from '../repository';
import { newGuestLink } from './guest-link';

export interface OnlineService {
  service: ServiceForApplication;
  form: FormVersion;
}

/** A Leistung that can be applied for online now: known, online, with a published form. */
export async function findOnlineService(_actor: Actor, { slug }: { slug: string }, deps: Pick<ModuleDeps, 'db'>): Promise<OnlineService> {
  const service = await findServiceForApplication(deps.db, slug);
  const form = service?.onlineApplication ? await findPublishedForm(deps.db, slug) : null;
  if (!service || !form) throw errors.notFound('Dieser Online-Antrag');
  return { service, form };
}

/**
 * Creates the draft with the published form version of today. Logged-in applicants own it by
 * account; guests (only where the Leistung allows it) get a resume link by e-mail in the same
 * transaction, so a draft never exists without its way back. Answers the draft and its first page.
 */
export async function startApplication(
  who: Applicant,
  { slug, guestEmail }: { slug: string; guestEmail?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ application: ApplicationRow; firstPageHref: string }> {
  const { service, form } = await findOnlineService(who.actor, { slug }, deps);
  const actor = who.actor;
  if (!actor && !(service.guestAllowed && guestEmail)) throw errors.loginRequired();
  const base = { serviceSlug: service.slug, departmentId: service.departmentId, formVersionId: form.id };
  const started = (application: ApplicationRow) => ({ application, firstPageHref: PATHS.page(application.id, visiblePages(form.definition, {})[0]!.id) });
  if (actor) {
    return started(await insertDraft(deps.db, { ...base, applicantId: actor.id, applicantName: actor.displayName, applicantEmail: actor.email }));
  }
  const email = guestEmail!;
  const link = newGuestLink();
  return deps.db.transaction(async (tx) => {
    const draft = await insertDraft(tx, { ...base, guestEmail: email, applicantEmail: email, guestTokenHash: link.hash, guestTokenExpiresAt: link.expiresAt });
    await sendMail(tx, resumeMail(deps.config, email, service.name, link.token, link.expiresAt));
    return started(draft);
  });
}
