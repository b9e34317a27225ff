import type { Database } from '../../../../kernel/db';
import { findFormVersion, summarizeAnswers } from '../../../forms';
import { findServiceForApplication } from '../../../services';
import { mayWithdraw } from '../../workflow';
import { loadViewedRecord, type Viewer } from '../access';
import { continueHref } from '../continue-href';
import { mayPayNow } from '../payment-state';
import { findApplicationWithApplicantRecords, markMessagesRead } from '../repository';
import type { ApplicationDetail } from '../view-models';

/**
 * The applicant's view of one submitted application. Showing the thread marks the department's
 * messages as read. Drafts have no detail page: the caller sends them on to where they continue.
 */
export async function openMyApplication(db: Database, viewer: Viewer, id: string): Promise<ApplicationDetail | { continueHref: string }> {
  // The application and its lists come in one statement; nothing of them is used before the check.
  const { application, events, messages, files, payments } = await loadViewedRecord(viewer, () => findApplicationWithApplicantRecords(db, id));
  if (application.status === 'draft') return { continueHref: await continueHref(db, application) };
  const [service, version] = await Promise.all([findServiceForApplication(db, application.serviceSlug), findFormVersion(db, application.formVersionId)]);
  const fileNames = new Map(files.map((file) => [file.id, file.filename]));
  const summary = version ? summarizeAnswers(version.definition, application.answers, (fileId) => fileNames.get(fileId) ?? 'Datei') : [];
  const unread = (message: (typeof messages)[number]) => message.direction === 'to_applicant' && message.readAt === null;
  // A page view writes only when there is something to mark: most views have nothing new.
  if (messages.some(unread)) await markMessagesRead(db, application.id);
  return {
    application,
    serviceName: service?.name ?? application.serviceSlug,
    summary,
    events,
    messages: messages.map((message) => ({
      ...message,
      unread: unread(message),
      attachments: files.filter((file) => file.messageId === message.id),
    })),
    documents: files.filter((file) => file.kind !== 'message'),
    payments,
    mayPay: mayPayNow(application, service?.paymentPolicy ?? null),
    // Guests ask the department to stop; withdrawing online belongs to the account.
    mayWithdraw: viewer.kind === 'account' && mayWithdraw(application.status),
  };
}
