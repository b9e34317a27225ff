/**
 * Paying fees online (XBezahldienste-shaped providers: Rechnung/Überweisung and the
 * Testbezahldienst). Used by the apply journey (submit check), "Meine Anträge" and the back office.
 */
export { isPaymentSatisfied, mayStartPayment } from './policy';
export { latestPayment, type PaymentRow } from './repository';
export { markInvoicePaid } from './use-cases/mark-invoice-paid';
export { paymentProviders, type PaymentProvider } from './providers';
export { paymentSettings, type PaymentSettings } from './settings';
export { registerPaymentRoutes } from './routes';
