import type { CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import type { ModuleDeps } from '../../../../kernel/module';
import { exportAnswers, findFormVersion, type Answers } from '../../../forms';
import { PATHS } from '../../paths';
import { applicantRecords, listApplicationsOfApplicant, type ApplicantListRow, type ApplicantRecords } from '../repository';

/** Answers with the labels of the form version they were given in (raw when the version is gone). */
async function labelledAnswers(db: Executor, formVersionId: string, answers: Answers) {
  const version = await findFormVersion(db, formVersionId);
  return version ? exportAnswers(version.definition, answers) : answers;
}

async function exportApplication(db: Executor, baseUrl: string, row: ApplicantListRow, related: ApplicantRecords) {
  const own = <T extends { applicationId: string }>(rows: T[]) => rows.filter((item) => item.applicationId === row.id);
  return {
    id: row.id,
    reference: row.reference,
    service: row.serviceSlug,
    status: row.status,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    closedAt: row.closedAt,
    answers: await labelledAnswers(db, row.formVersionId, row.answers),
    history: own(related.events).map((event) => ({ kind: event.kind, from: event.fromStatus, to: event.toStatus, text: event.text, at: event.createdAt })),
    messages: own(related.messages).map((message) => ({
      direction: message.direction,
      subject: message.subject,
      body: message.body,
      sentAt: message.createdAt,
      readAt: message.readAt,
    })),
    files: own(related.files).map((file) => ({
      name: file.filename,
      kind: file.kind,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      uploadedAt: file.createdAt,
      downloadUrl: `${baseUrl}${PATHS.file(row.id, file.id)}`,
    })),
    payments: own(related.payments).map((payment) => ({
      provider: payment.provider,
      amountCents: payment.amountCents,
      purpose: payment.purpose,
      status: payment.status,
      createdAt: payment.createdAt,
      paidAt: payment.paidAt,
    })),
  };
}

/**
 * DSGVO Art. 15 (access) and 20 (portability): the applications module's part of the portal-wide
 * "Meine Daten" archive (its `personalData.export` hook): every Antrag of the actor with answers,
 * visible history, Postfach, files and payments. Internal notes, assignments and staff identities
 * are the authority's working records, not the citizen's data, and stay out. Undefined when the
 * person has no Antrag, so the archive leaves the module out.
 */
export async function exportPersonalData(actor: CurrentUser, _input: Record<string, never>, deps: Pick<ModuleDeps, 'db' | 'config'>) {
  const rows = await listApplicationsOfApplicant(deps.db, actor.id);
  if (rows.length === 0) return undefined;
  const related = await applicantRecords(
    deps.db,
    rows.map((row) => row.id),
  );
  const applications = [];
  for (const row of rows) applications.push(await exportApplication(deps.db, deps.config.baseUrl, row, related));
  return { applications };
}

export type PersonalDataExport = NonNullable<Awaited<ReturnType<typeof exportPersonalData>>>;
