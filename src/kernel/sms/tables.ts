import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const SMS_STATUSES = ['queued', 'sent', 'local', 'failed'] as const;

/**
 * Transactional outbox for SMS, like the mail outbox: a message is committed together with the change
 * that caused it and delivered afterwards by a job. Without a provider it stays here with status
 * `local` (nothing leaves the machine). Finished messages are deleted after the retention time.
 */
export const smsOutbox = pgTable(
  'sms_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** E.164, e.g. `+491701234567` (checked by `sendSms`). */
    toNumber: text('to_number').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: SMS_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** The provider's id of the message, when it gives one (to trace a delivery with the provider). */
    providerMessageId: text('provider_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('sms_outbox_status_idx').on(t.status, t.createdAt)],
);
