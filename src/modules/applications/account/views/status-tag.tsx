import { StatusTag } from '../../../../kernel/views';
import { STATUS_LABELS, STATUS_TAGS, type ApplicationStatus } from '../../workflow';

/** The status as text in a coloured tag (the colour is never the only signal). */
export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <StatusTag kind={STATUS_TAGS[status]}>{STATUS_LABELS[status]}</StatusTag>;
}
