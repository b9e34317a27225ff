/**
 * Paying fees online (XBezahldienste-shaped providers: Rechnung/Überweisung and the
 * Testbezahldienst). Used by the apply journey (submit check), "Meine Anträge" and the back office.
 */
export { isPaymentSatisfied, mayStartPayment } from './policy';
export { latestPayment } from './repository';
export { markInvoicePaid } from './use-cases/mark-invoice-paid';
export { paymentProviders } from './providers';
export { paymentSettings } from './settings';
