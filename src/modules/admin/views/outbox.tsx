import { ADMIN_PATHS } from '../paths';
import { formatDateTime, Pagination, StatusTag, SummaryList, Table, type Column } from '../../../kernel/views';
import { hrefWith, mailStatus, smsStatus } from '../presenters';
import type { MailDetail, MailListRow, Paged, SmsRow } from '../repository';

function Status({ status }: { status: string }) {
  const shown = mailStatus(status);
  return <StatusTag kind={shown.kind}>{shown.label}</StatusTag>;
}

const columns: Column<MailListRow>[] = [
  { header: 'Erstellt', cell: (mail) => <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt)}</time> },
  { header: 'Status', cell: (mail) => <Status status={mail.status} /> },
  { header: 'An', cell: (mail) => mail.toAddress },
  { header: 'Betreff', cell: (mail) => <a href={ADMIN_PATHS.mail(mail.id)}>{mail.subject}</a> },
];

interface OutboxProps {
  result: Paged<MailListRow>;
  page: number;
  pageCount: number;
  citizensOnly: boolean;
  /** Only mails of this status (a link from "Meine Aufgaben"); undefined shows all. */
  status?: string | undefined;
  /** MAIL_OUTBOX_RETENTION_DAYS: staff should know a mail's links vanish with it. */
  retentionDays: number;
}

export function OutboxPage({ result, page, pageCount, citizensOnly, status, retentionDays }: OutboxProps) {
  return (
    <>
      <h1>Postausgang</h1>
      <p class="lead">
        Alle E-Mails des Portals, die neuesten oben. Ohne eingerichteten Mailserver (SMTP) bleiben sie hier liegen: Öffnen Sie eine E-Mail, um ihre Links zu
        benutzen.
      </p>
      <p>
        Versendete, fehlgeschlagene und hier liegende E-Mails werden nach {retentionDays === 1 ? 'einem Tag' : `${retentionDays} Tagen`} gelöscht, weil sie
        Adressen und persönliche Links enthalten.
      </p>
      <p>
        Kurznachrichten (Terminerinnerungen) stehen im <a href={ADMIN_PATHS.smsOutbox}>SMS-Ausgang</a>.
      </p>
      {citizensOnly && <p>Sie sehen nur E-Mails an Bürgerkonten. E-Mails an Mitarbeitende sieht nur die Administration.</p>}
      {status && (
        <p>
          Gezeigt werden nur E-Mails mit dem Status „{mailStatus(status).label}“. <a href={ADMIN_PATHS.outbox}>Alle E-Mails anzeigen</a>
        </p>
      )}
      <Table caption={`E-Mails, Seite ${page} von ${pageCount}`} columns={columns} rows={result.rows} empty="Der Postausgang ist leer." />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => hrefWith(ADMIN_PATHS.outbox, { status, page: p > 1 ? p : undefined })} />
    </>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/;

/** Links in the text become clickable, so a tester can follow a confirmation link from here. */
function linked(text: string) {
  return text.split(URL_PATTERN).map((part, index) => (index % 2 === 1 ? <a href={part}>{part}</a> : part));
}

function MailText({ text }: { text: string }) {
  return <pre class="pre">{linked(text)}</pre>;
}

export function MailPage({ mail }: { mail: MailDetail }) {
  return (
    <>
      <h1>{mail.subject}</h1>
      <SummaryList
        rows={[
          { key: 'An', value: mail.toAddress },
          { key: 'Status', value: <Status status={mail.status} /> },
          { key: 'Erstellt', value: formatDateTime(mail.createdAt) },
          { key: 'Versendet', value: mail.sentAt ? formatDateTime(mail.sentAt) : '–' },
          { key: 'Zustellversuche', value: String(mail.attempts) },
          ...(mail.lastError ? [{ key: 'Letzter Fehler', value: mail.lastError }] : []),
          ...(mail.attachmentNames.length > 0 ? [{ key: 'Anhänge', value: mail.attachmentNames.join(', ') }] : []),
        ]}
      />
      <h2>Text der E-Mail</h2>
      <MailText text={mail.textBody} />
      <p>
        <a href={ADMIN_PATHS.outbox}>Zurück zum Postausgang</a>
      </p>
    </>
  );
}

const smsColumns: Column<SmsRow>[] = [
  { header: 'Erstellt', cell: (sms) => <time dateTime={sms.createdAt.toISOString()}>{formatDateTime(sms.createdAt)}</time> },
  {
    header: 'Status',
    cell: (sms) => {
      const shown = smsStatus(sms.status);
      return (
        <>
          <StatusTag kind={shown.kind}>{shown.label}</StatusTag>
          {sms.lastError ? ` ${sms.lastError}` : ''}
        </>
      );
    },
  },
  { header: 'An', cell: (sms) => sms.toNumber },
  { header: 'Text', cell: (sms) => linked(sms.text) },
];

/** The SMS outbox: short enough to show each text in the list; its links clickable, as in a mail. */
export function SmsOutboxPage({ result, page, pageCount, retentionDays }: { result: Paged<SmsRow>; page: number; pageCount: number; retentionDays: number }) {
  return (
    <>
      <h1>SMS-Ausgang</h1>
      <p class="lead">
        Alle Kurznachrichten des Portals, die neuesten oben. Ohne eingerichteten SMS-Anbieter verlassen sie den Server nicht und bleiben hier liegen.
      </p>
      <p>
        Versendete, fehlgeschlagene und hier liegende SMS werden nach {retentionDays === 1 ? 'einem Tag' : `${retentionDays} Tagen`} gelöscht, weil sie
        Telefonnummern und persönliche Links enthalten.
      </p>
      <Table caption={`SMS, Seite ${page} von ${pageCount}`} columns={smsColumns} rows={result.rows} empty="Der SMS-Ausgang ist leer." />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => hrefWith(ADMIN_PATHS.smsOutbox, { page: p > 1 ? p : undefined })} />
      <p>
        <a href={ADMIN_PATHS.outbox}>Zum Postausgang (E-Mails)</a>
      </p>
    </>
  );
}
