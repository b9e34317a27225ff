import type { SummaryPage } from '../../forms';
import type { FileRow } from '../attachments';
import type { ApplicationRow } from '../repository';
import type { Colleague, EventRow, MessageRow, PaymentRow } from './repository';

export type { FileRow };

/** Everything the detail page shows about one application, loaded by `loadDetail`. */
export interface DetailData {
  application: ApplicationRow;
  serviceName: string;
  answers: SummaryPage[];
  files: FileRow[];
  events: EventRow[];
  messages: MessageRow[];
  payments: PaymentRow[];
  colleagues: readonly Colleague[];
  assigneeName: string | null;
  actorId: string;
}
