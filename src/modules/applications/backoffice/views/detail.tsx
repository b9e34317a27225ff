import { ErrorSummary, formatDate, formatDateTime, formatMoney, StatusTag, SummaryList } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { OPEN_STATUSES, STATUS_LABELS, STATUS_TAGS } from '../../workflow';
import { PAYMENT_STATUS_LABELS } from '../presenters';
import { AssignForms, BescheidForm, MessageForm, NoteForm, PaymentSection, StatusForm, type FormState } from './actions';
import type { DetailData } from '../detail-data';
import { AnswersSection, FilesSection, HistorySection, MessagesSection } from './detail-sections';

function DueDate({ application }: Pick<DetailData, 'application'>) {
  if (!application.dueAt) return <>keine Frist</>;
  const overdue = OPEN_STATUSES.includes(application.status) && application.dueAt.getTime() < Date.now();
  return (
    <>
      {formatDate(application.dueAt)}
      {overdue && (
        <>
          {' '}
          <StatusTag kind="danger">überfällig</StatusTag>
        </>
      )}
    </>
  );
}

/** One application for the department: facts, answers, files, payment, Postfach, history and the actions. */
export function DetailPage(props: DetailData & FormState) {
  const { application, serviceName, assigneeName, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>
        Antrag {application.reference} <StatusTag kind={STATUS_TAGS[application.status]}>{STATUS_LABELS[application.status]}</StatusTag>
      </h1>
      <SummaryList
        rows={[
          { key: 'Leistung', value: serviceName },
          { key: 'Antragstellende Person', value: application.applicantName ?? 'nicht angegeben' },
          { key: 'E-Mail-Adresse', value: application.applicantEmail ?? application.guestEmail ?? 'nicht angegeben' },
          { key: 'Konto', value: application.applicantId ? 'Bürgerkonto' : 'ohne Konto (Gast)' },
          { key: 'Eingegangen', value: application.submittedAt ? formatDateTime(application.submittedAt) : '' },
          { key: 'Frist', value: <DueDate application={application} /> },
          { key: 'Bearbeitung', value: assigneeName ?? 'niemand zugewiesen' },
          {
            key: 'Gebühr',
            value:
              application.feeCents > 0
                ? `${formatMoney(application.feeCents)}, ${PAYMENT_STATUS_LABELS[application.paymentStatus] ?? 'keine Zahlung'}`
                : 'keine',
          },
          ...(application.closedAt ? [{ key: 'Abgeschlossen', value: formatDateTime(application.closedAt) }] : []),
          ...(application.deleteAfter ? [{ key: 'Wird gelöscht nach', value: formatDate(application.deleteAfter) }] : []),
        ]}
      />
      <p>
        Exportieren: <a href={PATHS.staffExportPdf(application.id)}>Aktenauszug als PDF</a> ·{' '}
        <a href={PATHS.staffExportJson(application.id)}>Datensatz als JSON (Übergabeformat)</a>
      </p>
      <AssignForms {...props} />
      <StatusForm {...props} />
      <BescheidForm {...props} />
      <MessageForm {...props} />
      <NoteForm {...props} />
      <AnswersSection answers={props.answers} />
      <FilesSection application={application} files={props.files} />
      <PaymentSection {...props} />
      <MessagesSection application={application} messages={props.messages} files={props.files} />
      <HistorySection events={props.events} />
      <p>
        <a href={PATHS.inbox}>Zurück zu allen Anträgen</a>
      </p>
    </>
  );
}
