/** How a Leistung's fee is paid online: not at all, optionally, before submitting, or after the Bescheid. */
export const PAYMENT_POLICIES = ['none', 'optional', 'before_submission', 'after_decision'] as const;
export type PaymentPolicy = (typeof PAYMENT_POLICIES)[number];
