import { formatMoney, Table } from '../../../../kernel/views';
import type { VhsRefund } from '../../tables';
import { REFUND_REASON_LABELS, RefundStateTag } from './refund-labels';

/** The booking page's refunds: how much comes back, why, and whether it is transferred yet. */
export function RefundSection({ refunds }: { refunds: VhsRefund[] }) {
  if (refunds.length === 0) return null;
  return (
    <>
      <h2 id="erstattung">Erstattung</h2>
      <p>
        Die Volkshochschule überweist den Betrag auf das Konto, von dem Sie gezahlt haben. Sobald er überwiesen ist, steht das hier und Sie bekommen eine
        E-Mail.
      </p>
      <Table
        caption="Erstattungen zu dieser Buchung"
        rows={refunds}
        columns={[
          { header: 'Grund', cell: (refund) => REFUND_REASON_LABELS[refund.reason] },
          { header: 'Betrag', numeric: true, cell: (refund) => formatMoney(refund.amountCents) },
          { header: 'Stand', cell: (refund) => <RefundStateTag refund={refund} /> },
        ]}
      />
    </>
  );
}
