import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, NotificationBanner, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import type { PaiaDocument } from '../../lending/connector';
import { LENDING_PATHS } from '../../paths';
import { euroOfPaia, germanDay } from '../../presenters';
import type { ReaderAccount } from '../use-cases/show-reader-account';

/** The reader's own account: loans with "Verlängern", holds with their place in the queue, fees. */
export function ReaderAccountPage({ account, errors, today }: { account: ReaderAccount; errors?: FieldErrors | undefined; today: string }) {
  const { patron, loans, holds, fees } = account;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Mein Büchereikonto</h1>
      {patron.status !== 0 && (
        <NotificationBanner kind="warning" title="Ihr Ausweis ist abgelaufen">
          <p>Sie können nichts mehr ausleihen oder vormerken. Verlängern Sie den Ausweis an der Ausleihtheke.</p>
        </NotificationBanner>
      )}
      <SummaryList
        rows={[
          { key: 'Name', value: patron.name },
          { key: 'Ausweisnummer', value: account.cardNumber },
          { key: 'Ausweis gültig bis', value: germanDay(patron.expires) },
          { key: 'Anmeldung', value: account.linkedToAccount ? 'mit Ihrem Bürgerkonto verbunden' : 'mit Ausweisnummer und PIN' },
        ]}
      />
      <h2 id="ausleihen">Ausleihen ({loans.length})</h2>
      <Table<PaiaDocument>
        caption="Entliehene Medien mit Rückgabedatum"
        columns={[
          { header: 'Titel', cell: (doc) => <a href={doc.edition}>{doc.about}</a> },
          { header: 'Signatur', cell: (doc) => doc.label },
          {
            header: 'Rückgabe bis',
            cell: (doc) =>
              doc.endtime && doc.endtime < today ? (
                <>
                  {germanDay(doc.endtime)} <StatusTag kind="danger">überfällig</StatusTag>
                </>
              ) : (
                germanDay(doc.endtime ?? '')
              ),
          },
          { header: 'Verlängert', cell: (doc) => `${doc.renewals ?? 0}-mal` },
          { header: 'Aktion', cell: (doc) => <LoanAction doc={doc} error={errors?.[anchorOf(doc)]} /> },
        ]}
        rows={loans}
        empty="Sie haben zurzeit nichts ausgeliehen."
      />
      <h2 id="vormerkungen">Vormerkungen ({holds.length})</h2>
      <Table<PaiaDocument>
        caption="Vorgemerkte Medien mit Ihrem Platz in der Warteschlange"
        columns={[
          { header: 'Titel', cell: (doc) => <a href={doc.edition}>{doc.about}</a> },
          {
            header: 'Stand',
            cell: (doc) =>
              doc.status === 4 ? (
                <StatusTag kind="success">Liegt zur Abholung bereit{doc.endtime ? ` bis ${germanDay(doc.endtime)}` : ''}</StatusTag>
              ) : (
                `Platz ${doc.queue ?? 1} in der Warteschlange`
              ),
          },
          {
            header: 'Aktion',
            cell: (doc) => (
              <Form action={LENDING_PATHS.cancelHold}>
                <input type="hidden" name="item" value={doc.item} />
                {/* aria-label, not a visually hidden span: positioned text inside a scrolling table widens a phone's page. */}
                <button type="submit" class="button button--secondary" aria-label={`Vormerkung löschen – ${doc.about ?? ''}`}>
                  Vormerkung löschen
                </button>
              </Form>
            ),
          },
        ]}
        rows={holds}
        empty="Sie haben nichts vorgemerkt. Vormerken können Sie auf der Seite eines Titels, wenn kein Exemplar im Regal steht."
      />
      <h2 id="gebuehren">Gebühren</h2>
      {fees.fee.length === 0 ? (
        <p>Sie haben keine offenen Gebühren.</p>
      ) : (
        <>
          <Table<(typeof fees.fee)[number]>
            caption={`Offene Gebühren: ${euroOfPaia(fees.amount)}`}
            columns={[
              { header: 'Wofür', cell: (fee) => fee.about },
              { header: 'Art', cell: (fee) => fee.feetype },
              { header: 'Seit', cell: (fee) => (fee.date ? germanDay(fee.date) : '') },
              { header: 'Betrag', cell: (fee) => euroOfPaia(fee.amount) },
            ]}
            rows={fees.fee}
          />
          <p>Sie bezahlen Gebühren an der Ausleihtheke, bar oder mit Karte.</p>
        </>
      )}
      <h2>Abmelden</h2>
      {account.linkedToAccount ? (
        <Form action={LENDING_PATHS.unlink}>
          <p>Ihr Ausweis ist mit Ihrem Bürgerkonto verbunden. Wenn Sie die Verbindung lösen, melden Sie sich wieder mit Ausweisnummer und PIN an.</p>
          <Button variant="secondary">Verbindung zum Bürgerkonto lösen</Button>
        </Form>
      ) : (
        <Form action={LENDING_PATHS.logout}>
          <Button variant="secondary">Vom Büchereikonto abmelden</Button>
        </Form>
      )}
    </>
  );
}

/** The error summary links to the renewal button of the loan it is about. */
export function anchorOf(doc: { item?: string | undefined }): string {
  return `renew-${(doc.item ?? '').split('#exemplar-')[1] ?? ''}`;
}

function LoanAction({ doc, error }: { doc: PaiaDocument; error: string | undefined }) {
  if (!doc.canrenew && !error) return <span>{(doc.queue ?? 0) > 0 ? 'vorgemerkt – nicht verlängerbar' : 'nicht verlängerbar'}</span>;
  return (
    <Form action={LENDING_PATHS.renew}>
      <input type="hidden" name="item" value={doc.item} />
      {error && (
        <p class="error-message" id={`${anchorOf(doc)}-error`}>
          <span class="visually-hidden">Fehler:</span> {error}
        </p>
      )}
      <button type="submit" class="button button--secondary" id={anchorOf(doc)} aria-label={`Verlängern – ${doc.about ?? ''}`}>
        Verlängern
      </button>
    </Form>
  );
}
