import { and, eq, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Database, Executor } from '../db/types';
import { enqueue } from '../jobs/queue';
import type { JobHandler } from '../jobs/worker';
import { mailOutbox } from './tables';

/** A small generated file sent with a mail (a calendar entry); kept with the mail in the outbox. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: readonly MailAttachment[];
  /**
   * Extra header fields, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058) on a newsletter.
   * Names and values are plain text without line breaks (a break would inject a header of its own).
   */
  headers?: Readonly<Record<string, string>>;
}

/** A header name (RFC 5322 field name, not one nodemailer sets itself) and a value on one line. */
function checkedHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> | null {
  if (!headers || Object.keys(headers).length === 0) return null;
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z][A-Za-z0-9-]{0,60}$/.test(name) || /^(from|to|cc|bcc|subject|date|message-id|content-.*|mime-version)$/i.test(name)) {
      throw new Error(`mail header ${name} may not be set`);
    }
    if (/[\r\n]/.test(value)) throw new Error(`mail header ${name} has a line break`);
  }
  return { ...headers };
}

export const MAIL_JOB = 'mail.deliver';
const MAIL_MAX_ATTEMPTS = 10;

/** Queues a mail in the caller's transaction; it is delivered after commit by the mail job. */
export async function sendMail(db: Executor, mail: Mail): Promise<void> {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      attachments: mail.attachments?.length ? [...mail.attachments] : null,
      headers: checkedHeaders(mail.headers),
    })
    .returning({ id: mailOutbox.id });
  if (row) await enqueue(db, MAIL_JOB, { id: row.id }, { maxAttempts: MAIL_MAX_ATTEMPTS });
}

export interface MailSettings {
  smtpUrl: string | undefined;
  from: string;
}

/**
 * Delivers one queued mail. Without SMTP the mail stays in the local outbox (`status = local`)
 * where admins read it at /verwaltung/postausgang, so every flow works out of the box.
 */
export function mailJob(db: Database, settings: MailSettings): JobHandler {
  const { smtpUrl } = settings;
  // nodemailer is loaded with the first mail to send: processes without SMTP never pay its ~13 MB.
  let transport: Promise<Transporter> | undefined;
  const smtp = (url: string) => (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url)));
  return {
    kind: MAIL_JOB,
    async run(payload) {
      const id = Number(payload.id);
      const [mail] = await db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'queued')));
      if (!mail) return;
      if (!smtpUrl) {
        await db.update(mailOutbox).set({ status: 'local' }).where(eq(mailOutbox.id, id));
        return;
      }
      try {
        await (
          await smtp(smtpUrl)
        ).sendMail({
          from: settings.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          attachments: (mail.attachments ?? []).map(({ filename, contentType, content }) => ({ filename, contentType, content })),
          ...(mail.headers ? { headers: mail.headers } : {}),
        });
        await db
          .update(mailOutbox)
          .set({ status: 'sent', sentAt: sql`now()`, attempts: sql`${mailOutbox.attempts} + 1` })
          .where(eq(mailOutbox.id, id));
      } catch (error) {
        // After the last attempt the mail is marked failed, so the outbox shows it instead of "queued" forever.
        await db
          .update(mailOutbox)
          .set({
            attempts: sql`${mailOutbox.attempts} + 1`,
            status: sql`case when ${mailOutbox.attempts} + 1 >= ${MAIL_MAX_ATTEMPTS} then 'failed' else ${mailOutbox.status} end`,
            lastError: (error as Error).message.slice(0, 1000),
          })
          .where(eq(mailOutbox.id, id));
        throw error;
      }
    },
  };
}
