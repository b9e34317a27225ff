import type { Actor } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { findFormVersion, summarizeAnswers } from '../../../forms';
import { findServiceForApplication } from '../../../services';
import { listColleagues, staffRecords } from '../repository';
import type { DetailData } from '../detail-data';
import { loadForStaff } from './load-for-staff';

/**
 * Everything the detail page, the PDF export and the form pages shown again with errors need.
 * Answers are summarised with the form version the applicant filled in, not today's form.
 */
export async function loadDetail(actor: Actor, input: { id: string }, deps: { db: Executor }): Promise<DetailData> {
  const { db } = deps;
  const { actor: staff, application } = await loadForStaff(db, actor, input.id);
  const [service, formVersion, { files, events, messages, payments, assigneeName }, colleagues] = await Promise.all([
    findServiceForApplication(db, application.serviceSlug),
    findFormVersion(db, application.formVersionId),
    staffRecords(db, application.id),
    listColleagues(db, [application.departmentId]),
  ]);
  const fileNames = new Map(files.map((file) => [file.id, file.filename]));
  const answers = formVersion ? summarizeAnswers(formVersion.definition, application.answers, (fileId) => fileNames.get(fileId) ?? 'Datei') : [];
  return {
    application,
    serviceName: service?.name ?? application.serviceSlug,
    answers,
    files,
    events,
    messages,
    payments,
    colleagues,
    assigneeName,
    actorId: staff.id,
  };
}
