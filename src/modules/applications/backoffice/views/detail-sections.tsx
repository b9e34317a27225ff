import { formatFileSize } from '../../../../kernel/files';
import { formatDateTime, formatMoney, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { eventLabel, PAYMENT_STATUS_LABELS, PROVIDER_LABELS, visibilityLabel } from '../presenters';
import type { EventRow, MessageRow, PaymentRow } from '../repository';
import type { DetailData, FileRow } from '../detail-data';

function FileLink({ applicationId, file }: { applicationId: string; file: FileRow }) {
  return (
    <a href={PATHS.staffFile(applicationId, file.id)}>
      {file.filename}{' '}
      <span class="hint">
        ({file.contentType === 'application/pdf' ? 'PDF' : file.contentType}, {formatFileSize(file.size)})
      </span>
    </a>
  );
}

/** The answers as the applicant gave them, page by page, in the form version they used. */
export function AnswersSection({ answers }: Pick<DetailData, 'answers'>) {
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">Angaben</h2>
      {answers.length === 0 && <p>Es liegen keine Angaben vor.</p>}
      {answers.map((page) => (
        <>
          <h3>{page.title}</h3>
          <SummaryList rows={page.rows.map((row) => ({ key: row.label, value: row.value }))} />
        </>
      ))}
    </section>
  );
}

/** Uploaded answers, generated letters and the attachments of messages. */
export function FilesSection({ application, files }: Pick<DetailData, 'application' | 'files'>) {
  const kinds: Record<FileRow['kind'], string> = {
    answer: 'Anlage zum Antrag',
    message: 'Anhang einer Nachricht',
    receipt: 'Eingangsbestätigung',
    bescheid: 'Bescheid',
  };
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">Dateien</h2>
      <Table<FileRow>
        caption="Dateien zu diesem Antrag"
        columns={[
          { header: 'Datei', cell: (file) => <FileLink applicationId={application.id} file={file} /> },
          { header: 'Art', cell: (file) => kinds[file.kind] },
          { header: 'Hochgeladen', cell: (file) => formatDateTime(file.createdAt) },
        ]}
        rows={files}
        empty="Zu diesem Antrag gibt es keine Dateien."
      />
    </section>
  );
}

export function PaymentsTable({ payments }: { payments: PaymentRow[] }) {
  return (
    <Table<PaymentRow>
      caption="Zahlungen"
      columns={[
        { header: 'Angelegt', cell: (payment) => formatDateTime(payment.createdAt) },
        { header: 'Zahlungsart', cell: (payment) => PROVIDER_LABELS[payment.provider] ?? payment.provider },
        { header: 'Betrag', cell: (payment) => formatMoney(payment.amountCents), numeric: true },
        {
          header: 'Stand',
          cell: (payment) =>
            payment.paidAt ? `${PAYMENT_STATUS_LABELS[payment.status]} am ${formatDateTime(payment.paidAt)}` : PAYMENT_STATUS_LABELS[payment.status],
        },
      ]}
      rows={payments}
      empty="Es wurde noch keine Zahlung begonnen."
    />
  );
}

/** Status changes, assignments, notes, payments: internal entries are labelled in words. */
export function HistorySection({ events }: { events: EventRow[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Verlauf und interne Notizen</h2>
      <Table<EventRow>
        caption="Verlauf, älteste Einträge zuerst"
        columns={[
          { header: 'Zeitpunkt', cell: (event) => formatDateTime(event.createdAt) },
          { header: 'Eintrag', cell: (event) => eventLabel(event) },
          { header: 'Text', cell: (event) => <span class="pre">{event.text ?? ''}</span> },
          { header: 'Von', cell: (event) => event.actorName ?? 'System' },
          { header: 'Sichtbarkeit', cell: (event) => <StatusTag kind={event.visibleToApplicant ? 'info' : 'neutral'}>{visibilityLabel(event)}</StatusTag> },
        ]}
        rows={events}
        empty="Noch keine Einträge."
      />
    </section>
  );
}

/** The Postfach thread in both directions, oldest first, with attachments under each message. */
export function MessagesSection({ application, messages, files }: { application: DetailData['application']; messages: MessageRow[]; files: FileRow[] }) {
  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">Nachrichten (Postfach)</h2>
      {messages.length === 0 && <p>Es gibt noch keine Nachrichten.</p>}
      {messages.map((message) => {
        const attachments = files.filter((file) => file.messageId === message.id);
        return (
          <article class="card" aria-labelledby={`message-${message.id}`}>
            <h3 id={`message-${message.id}`}>{message.subject}</h3>
            <p class="hint">
              {message.direction === 'to_applicant' ? `Gesendet von ${message.senderName ?? 'der Verwaltung'}` : 'Von der antragstellenden Person'} am{' '}
              {formatDateTime(message.createdAt)}
              {message.direction === 'to_applicant' && (message.readAt ? ', gelesen' : ', noch nicht gelesen')}
            </p>
            <p class="pre">{message.body}</p>
            {attachments.length > 0 && (
              <ul>
                {attachments.map((file) => (
                  <li>
                    <FileLink applicationId={application.id} file={file} />
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}
