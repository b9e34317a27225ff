import { Button, Form, formatDateTime, formatMoney, SummaryList, Table } from '../../../../kernel/views';
import type { RefundRow } from '../refund-repository';
import { BOOKING_PATHS } from '../paths';
import { REFUND_REASON_LABELS, RefundStateTag } from './refund-labels';

const who = (row: RefundRow) => row.participantName ?? 'Konto gelöscht';

function RefundTable({ caption, rows, empty, open }: { caption: string; rows: RefundRow[]; empty: string; open: boolean }) {
  return (
    <Table
      caption={caption}
      empty={empty}
      rows={rows}
      columns={[
        { header: 'Buchungsnummer', cell: (row) => row.refund.reference },
        { header: 'Teilnehmer/in', cell: who },
        { header: 'Kurs', cell: (row) => `${row.course.number} ${row.course.title}` },
        { header: 'Grund', cell: (row) => REFUND_REASON_LABELS[row.refund.reason] },
        { header: 'Betrag', numeric: true, cell: (row) => formatMoney(row.refund.amountCents) },
        {
          header: open ? 'Angelegt am' : 'Überwiesen am',
          cell: (row) => formatDateTime(open ? row.refund.createdAt : (row.refund.settledAt ?? row.refund.createdAt)),
        },
        ...(open
          ? [
              {
                header: 'Aktion',
                cell: (row: RefundRow) => (
                  <a href={BOOKING_PATHS.staffRefund(row.refund.id)}>
                    Als überwiesen vermerken<span class="visually-hidden"> ({row.refund.reference})</span>
                  </a>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** "Erstattungen": what the VHS owes back, open first; the transfer itself happens in the VHS's administration system. */
export function StaffRefundsPage({ open, settled }: { open: RefundRow[]; settled: RefundRow[] }) {
  return (
    <>
      <h1>Erstattungen</h1>
      <p class="lead">
        Gebühren, die Teilnehmende zurückbekommen. Überweisen Sie den Betrag im Verwaltungsprogramm der Volkshochschule (dort sind die Bankdaten) und vermerken
        Sie die Überweisung dann hier. Die Person bekommt dann eine E-Mail.
      </p>
      <RefundTable caption={`Offen (${open.length})`} rows={open} empty="Es ist keine Erstattung offen." open />
      <RefundTable caption="Zuletzt überwiesen" rows={settled} empty="Es wurde noch keine Erstattung überwiesen." open={false} />
    </>
  );
}

/** The confirmation step: what was owed and why, then one button (or the note that it is already done). */
export function SettleRefundPage({ row }: { row: RefundRow }) {
  const { refund } = row;
  return (
    <>
      <h1>Erstattung {refund.reference} als überwiesen vermerken?</h1>
      <SummaryList
        rows={[
          { key: 'Buchungsnummer', value: refund.reference },
          { key: 'Teilnehmer/in', value: who(row) },
          { key: 'Kurs', value: `${row.course.number} ${row.course.title}` },
          { key: 'Grund', value: REFUND_REASON_LABELS[refund.reason] },
          { key: 'Betrag', value: formatMoney(refund.amountCents) },
          { key: 'Angelegt am', value: formatDateTime(refund.createdAt) },
          { key: 'Stand', value: <RefundStateTag refund={refund} /> },
        ]}
      />
      {refund.settledAt ? (
        <p>Diese Erstattung ist bereits als überwiesen vermerkt.</p>
      ) : (
        <Form action={BOOKING_PATHS.staffRefund(refund.id)}>
          <p>
            Vermerken Sie die Erstattung erst, wenn die {formatMoney(refund.amountCents)} im Verwaltungsprogramm überwiesen sind. Das lässt sich nicht
            rückgängig machen.
          </p>
          <div class="button-group">
            <Button>Ja, die Erstattung ist überwiesen</Button>
            <a href={BOOKING_PATHS.staffRefunds}>Nein, zurück zur Liste</a>
          </div>
        </Form>
      )}
    </>
  );
}
