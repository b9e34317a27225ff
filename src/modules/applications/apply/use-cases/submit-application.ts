import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { errors } from '../../../../kernel/http';
import { sendMail } from '../../../../kernel/mail';
import { computeFee, findFormVersion, summarizeAnswers, validateAnswers, type FormVersion } from '../../../forms';
import { findServiceForApplication, type ServiceForApplication } from '../../../services';
import { enqueueHandover } from '../../api/handover';
import { isApplicant } from '../../policies';
import { findApplication, type ApplicationRow } from '../../repository';
import { allocateReference } from '../../use-cases/allocate-reference';
import type { ModuleDeps } from '../../../../kernel/module';
import type { Applicant } from '../context';
import { applicantNameFromAnswers } from '../applicant-name';
import { accountFollowUp, confirmationMail, guestFollowUp } from '../mails';
import { isPaymentSatisfied } from '../../payments';
import { insertSubmittedEvent, markSubmitted } from '../repository';
import { PATHS } from '../../paths';
import { newGuestLink, SUBMITTED_GUEST_LINK_DAYS } from './guest-link';
import { refuseTampering } from './refuse-tampering';

export interface SubmitInput {
  id: string;
  submissionKey: string;
  declaration: boolean;
}

export type SubmitOutcome =
  | { ok: true; application: ApplicationRow }
  /** The check page again: the declaration is missing, answers are incomplete, or the fee must be paid first. */
  | { ok: false; reason: 'declaration' | 'incomplete' | 'payment_required' };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Submits a draft in ONE transaction that holds the row lock: reference number, status, deadline,
 * fee, search document, status event, confirmation mail and handover all commit together or not at
 * all. A second POST with the same submission key (double click, reload, retry after a timeout)
 * waits for the lock, finds the application submitted and gets the same result.
 */
export async function submitApplication(who: Applicant, input: SubmitInput, deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<SubmitOutcome> {
  const { id } = input;
  const outcome = await deps.db.transaction(async (tx): Promise<SubmitOutcome | 'key_mismatch'> => {
    const application = await findApplication(tx, id, { forUpdate: true });
    if (!application || !isApplicant(who.actor, application, who.guestIds)) throw errors.notFoundOrForbidden('Der Antrag');
    if (application.submissionKey !== input.submissionKey) return 'key_mismatch';
    if (application.status !== 'draft') return { ok: true, application };
    if (!input.declaration) return { ok: false, reason: 'declaration' };
    const [form, service] = await Promise.all([findFormVersion(tx, application.formVersionId), findServiceForApplication(tx, application.serviceSlug)]);
    if (!form || !service) throw new Error(`application ${id}: form version or service is missing`);
    if (validateAnswers(form.definition, application.answers).length > 0) return { ok: false, reason: 'incomplete' };
    const fee = computeFee(form.definition, application.answers).totalCents;
    if (!(await isPaymentSatisfied(tx, { id, feeCents: fee }, service.paymentPolicy))) return { ok: false, reason: 'payment_required' };
    return { ok: true, application: await submitDraft(tx, deps.config, { application, form, service, fee, actorId: who.actor?.id ?? null }) };
  });
  if (outcome === 'key_mismatch') {
    return refuseTampering(who, { applicationId: id, problem: 'submission_key_mismatch', continueHref: PATHS.check(id) }, deps);
  }
  return outcome;
}

interface Draft {
  application: ApplicationRow;
  form: FormVersion;
  service: ServiceForApplication;
  fee: number;
  actorId: string | null;
}

async function submitDraft(tx: Executor, config: Config, { application, form, service, fee, actorId }: Draft): Promise<ApplicationRow> {
  const submittedAt = new Date();
  const reference = await allocateReference(tx, config.municipality.referencePrefix, submittedAt);
  const answerText = summarizeAnswers(form.definition, application.answers)
    .flatMap((page) => page.rows.map((row) => row.value))
    .join(' ');
  // Guests have no account name: the inbox and letters take the one they typed.
  const applicantName = application.applicantName ?? applicantNameFromAnswers(form.definition, application.answers);
  // A guest's resume link becomes the way to status, messages and Bescheid: a fresh one, as only its hash is stored.
  const guestLink = application.applicantId ? undefined : newGuestLink(submittedAt, SUBMITTED_GUEST_LINK_DAYS);
  const submitted = await markSubmitted(tx, application.id, {
    applicantName,
    reference,
    submittedAt,
    dueAt: new Date(submittedAt.getTime() + service.processingDays * DAY_MS),
    feeCents: fee,
    searchText: [applicantName ?? '', application.applicantEmail ?? application.guestEmail ?? '', service.name, answerText].join(' '),
    ...(guestLink ? { guestLink } : {}),
  });
  await insertSubmittedEvent(tx, application.id, actorId);
  const to = application.applicantEmail ?? application.guestEmail;
  if (to) {
    const followUp = guestLink ? guestFollowUp(config, guestLink.token, guestLink.expiresAt) : accountFollowUp(config);
    await sendMail(tx, confirmationMail(config, { to, serviceName: service.name, reference, submittedAt, processingDays: service.processingDays, followUp }));
  }
  await enqueueHandover(tx, submitted);
  return submitted;
}
