import { and, eq } from 'drizzle-orm';
import { formatDate, formatMoney } from '../../../../kernel/views';
import { applicationPayments } from '../../tables';
import type { PaymentRecipient } from '../settings';
import type { PaymentProvider } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Rechnung / Überweisung": the payer transfers the fee to the Stadtkasse. The transaction is the
 * payment itself; it stays open until the Stadtkasse sees the money and marks it paid in the back
 * office (`markInvoicePaid`) — that mark is the only source of the status.
 */
export function invoiceProvider(bank: PaymentRecipient, now: () => Date = () => new Date()): PaymentProvider {
  return {
    id: 'invoice',
    label: 'Rechnung / Überweisung',
    hint: `Sie bekommen die Bankverbindung der Stadtkasse und überweisen den Betrag innerhalb von ${bank.dueDays} Tagen.`,
    async createTransaction(_db, request) {
      return {
        transactionId: `invoice-${request.paymentId}`,
        instructions: {
          Empfänger: bank.recipient,
          IBAN: bank.iban.replace(/(.{4})/g, '$1 ').trim(),
          BIC: bank.bic,
          Bank: bank.bank,
          Betrag: formatMoney(request.amountCents),
          Verwendungszweck: request.purpose,
          'Zahlbar bis': formatDate(new Date(now().getTime() + bank.dueDays * DAY_MS)),
        },
      };
    },
    async fetchStatus(db, transactionId) {
      const [row] = await db
        .select({ status: applicationPayments.status })
        .from(applicationPayments)
        .where(and(eq(applicationPayments.provider, 'invoice'), eq(applicationPayments.providerTransactionId, transactionId)));
      return row?.status === 'paid' || row?.status === 'cancelled' || row?.status === 'failed' ? row.status : 'open';
    },
  };
}
