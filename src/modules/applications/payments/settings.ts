import { z } from 'zod';
import { defineSettings } from '../../../kernel/config';

export type PaymentProviderId = 'invoice' | 'test';

/** Where fees paid by invoice (Rechnung/Überweisung) go: the municipality's cash office (Stadtkasse). */
export interface PaymentRecipient {
  recipient: string;
  iban: string;
  bic: string;
  bank: string;
  /** Days the citizen has to pay an invoice. */
  dueDays: number;
}

export interface PaymentSettings {
  /** Payment providers citizens may choose, in this order. */
  providers: PaymentProviderId[];
  recipient: PaymentRecipient;
}

/**
 * PAYMENT_PROVIDERS (comma-separated `invoice`, `test`) and the `payment` key of the municipality
 * file. The test provider plays the external payment platform in demos: never in production,
 * where invoices are the default.
 */
export const paymentSettings = defineSettings('applications.payments', {
  env: z.object({
    PAYMENT_PROVIDERS: z
      .string()
      .regex(/^(invoice|test)(,(invoice|test))*$/, 'muss invoice und/oder test nennen, durch Komma getrennt')
      .optional(),
  }),
  file: z.object({
    payment: z.object({
      recipient: z.string().min(1),
      iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, 'muss eine IBAN ohne Leerzeichen sein'),
      bic: z.string().regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/),
      bank: z.string().min(1),
      dueDays: z.number().int().min(1).max(90).default(14),
    }),
  }),
  resolve: ({ env, file, nodeEnv }, problem): PaymentSettings => {
    const providers = (env.PAYMENT_PROVIDERS?.split(',') ?? (nodeEnv === 'production' ? ['invoice'] : ['invoice', 'test'])) as PaymentProviderId[];
    if (nodeEnv === 'production' && providers.includes('test')) problem('PAYMENT_PROVIDERS: test ist im Betrieb (production) nicht erlaubt');
    return { providers, recipient: file.payment };
  },
});
