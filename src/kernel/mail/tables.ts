import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { MailAttachment } from './outbox';

export const MAIL_STATUSES = ['queued', 'sent', 'local', 'failed'] as const;

/**
 * Transactional outbox: a mail is committed together with the change that caused it and delivered
 * afterwards by a job. Without SMTP it stays here with status `local`, visible at /verwaltung/postausgang.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** Generated files sent with the mail (a booking's calendar entry), null for none. */
    attachments: jsonb('attachments').$type<MailAttachment[]>(),
    /** Extra header fields (List-Unsubscribe of the council's alert digests, RFC 8058), null for none. */
    headers: jsonb('headers').$type<Record<string, string>>(),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_status_idx').on(t.status, t.createdAt)],
);
