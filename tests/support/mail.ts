/** The portal's mails in tests: delivered as the worker would, read from the outbox, links taken out of them. */
import assert from 'node:assert/strict';
import { asc, desc, eq } from 'drizzle-orm';
import { mailOutbox } from '../../src/kernel/mail';
import type { TestApp } from './test-app';

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
  /** Extra header fields (List-Unsubscribe), empty for none. */
  headers: Record<string, string>;
}

/** Delivers what is queued (as the worker would) and returns the mails to one address, oldest first. */
export async function mailsTo(t: TestApp, address: string): Promise<SentMail[]> {
  while ((await t.worker.runOnce()) > 0);
  const rows = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(asc(mailOutbox.id));
  return rows.map((row) => ({ to: row.toAddress, subject: row.subject, text: row.textBody, attachments: row.attachments ?? [], headers: row.headers ?? {} }));
}

export async function lastMailTo(t: TestApp, address: string): Promise<SentMail> {
  const mail = (await mailsTo(t, address)).at(-1);
  assert.ok(mail, `a mail to ${address}`);
  return mail;
}

/** The path of the `${baseUrl}${pathPrefix}<token>` link in a mail, e.g. `/konto/bestaetigen/abc…` for `/konto/bestaetigen/`. */
export function mailLink(t: TestApp, mail: SentMail, pathPrefix: string): string {
  const escaped = `${t.config.baseUrl}${pathPrefix}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}([A-Za-z0-9_-]{43})`).exec(mail.text);
  assert.ok(match, `mail "${mail.subject}" has a ${pathPrefix} link:\n${mail.text}`);
  return `${pathPrefix}${match[1]}`;
}

/** Every mail queued so far, newest first. */
export function outbox(t: TestApp) {
  return t.db.select().from(mailOutbox).orderBy(desc(mailOutbox.id));
}
