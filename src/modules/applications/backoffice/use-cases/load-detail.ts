import type { Actor } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { findFormVersion, summarizeAnswers } from '../../../forms';
import { findServiceForApplication } from '../../../services';
import { findApplicationWithStaffRecords, listColleagues } from '../repository';
import type { DetailData } from '../detail-data';
import { loadRecordForStaff } from './load-for-staff';

/**
 * Everything the detail page, the PDF export and the form pages shown again with errors need.
 * Answers are summarised with the form version the applicant filled in, not today's form.
 */
export async function loadDetail(actor: Actor, input: { id: string }, deps: { db: Executor }): Promise<DetailData> {
  const { db } = deps;
  // The application and its lists come in one statement; nothing of them is used before the check.
  const { actor: staff, found } = await loadRecordForStaff(actor, () => findApplicationWithStaffRecords(db, input.id));
  const { application, files, events, messages, payments, assigneeName } = found;
  const [service, formVersion, colleagues] = await Promise.all([
    findServiceForApplication(db, application.serviceSlug),
    findFormVersion(db, application.formVersionId),
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
