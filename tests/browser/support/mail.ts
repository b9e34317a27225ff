import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/kernel/db';
import type { TestApp } from '../../support/test-app';

/** Runs the worker until no job is due, so queued mails land in the outbox. */
export async function deliverMails(t: TestApp): Promise<void> {
  for (let round = 0; round < 10 && (await t.worker.runOnce()) > 0; round++);
}

/** The path of the first link in a mail that starts with `prefix` (links are absolute with the configured BASE_URL). */
export function linkIn(text: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}[^\\s<>"')\\]]+`).exec(text);
  if (!match) throw new Error(`Kein Link ${prefix}… in der E-Mail:\n${text}`);
  return match[0];
}

/** Delivers queued mails and returns the path of the link starting with `prefix` in the newest mail to `address` that has one. */
export async function mailLink(t: TestApp, address: string, prefix: string): Promise<string> {
  await deliverMails(t);
  const [row] = await queryRows<{ text_body: string }>(
    t.db,
    sql`select text_body from mail_outbox where to_address = ${address.toLowerCase()} and strpos(text_body, ${prefix}) > 0 order by id desc limit 1`,
  );
  if (!row) throw new Error(`Keine E-Mail mit einem Link ${prefix}… an ${address} im Postausgang`);
  return linkIn(row.text_body, prefix);
}
