import type { SummaryPage } from '../../forms';
import type { ApplicationRow } from '../repository';
import type { ApplicantListRow, EventRow, FileRow, MessageRow, PaymentRow } from './repository';

/** What the pages of "Meine Anträge" show; the use cases build these, the views render them. */

export interface MyApplication extends Omit<ApplicantListRow, 'answers' | 'formVersionId'> {
  serviceName: string;
}

export interface MyDraft extends MyApplication {
  /** The first page that still needs answers, or the check page when all are given. */
  continueHref: string;
}

export interface MyApplications {
  drafts: MyDraft[];
  open: MyApplication[];
  closed: MyApplication[];
}

export interface ThreadMessage extends MessageRow {
  /** Not seen before this page view (shown as "Neu"). */
  unread: boolean;
  attachments: FileRow[];
}

export interface ApplicationDetail {
  application: ApplicationRow;
  serviceName: string;
  summary: SummaryPage[];
  events: EventRow[];
  messages: ThreadMessage[];
  /** Answer files, receipt and Bescheid; message attachments are shown with their message. */
  documents: FileRow[];
  payments: PaymentRow[];
  mayPay: boolean;
  mayWithdraw: boolean;
}
