import assert from 'node:assert/strict';
import { asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../tests/support/test-app';
import type { TestClient } from '../../../tests/support/test-client';
import { createUser, type NewUser, type UserRow } from '../../kernel/auth';
import { mailOutbox } from '../../kernel/mail';

/** Helpers for the account tests: mails out of the outbox, links out of mails, ready-made accounts. */

export const PASSWORD = 'Sonnenuntergang am Seilersee';

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/** Delivers what is queued (as the worker would) and returns the mails to one address, oldest first. */
export async function mailsTo(t: TestApp, address: string): Promise<SentMail[]> {
  while ((await t.worker.runOnce()) > 0);
  const rows = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(asc(mailOutbox.id));
  return rows.map((row) => ({ to: row.toAddress, subject: row.subject, text: row.textBody }));
}

export async function lastMailTo(t: TestApp, address: string): Promise<SentMail> {
  const mails = await mailsTo(t, address);
  const mail = mails.at(-1);
  assert.ok(mail, `a mail to ${address}`);
  return mail;
}

/** The path of a `${baseUrl}/konto/<prefix>/<token>` link in a mail, e.g. `/konto/bestaetigen/abc…`. */
export function linkIn(t: TestApp, mail: SentMail, prefix: string): string {
  const escaped = `${t.config.baseUrl}/konto/${prefix}/`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`${escaped}([A-Za-z0-9_-]{43})`).exec(mail.text);
  assert.ok(match, `mail "${mail.subject}" has a /konto/${prefix}/ link:\n${mail.text}`);
  return `/konto/${prefix}/${match[1]}`;
}

/** A confirmed account created directly, for tests that are not about registering. */
export function createAccount(t: TestApp, overrides: Partial<NewUser> & { email: string }): Promise<UserRow> {
  return createUser(t.db, { displayName: 'Erika Mustermann', password: PASSWORD, emailVerified: true, ...overrides });
}

export async function logInAs(client: TestClient, email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
  const response = await client.submit('/konto/anmelden', { email, password });
  assert.equal(response.statusCode, 303, `login of ${email} failed: ${response.body.slice(0, 2000)}`);
  return response;
}

/** Registers through the form and confirms through the mailed link (its page, then the button); the client is logged in afterwards. */
export async function registerAndConfirm(t: TestApp, client: TestClient, email: string, displayName = 'Erika Mustermann'): Promise<void> {
  const registered = await client.submit('/konto/registrieren', { displayName, email, password: PASSWORD, privacy: 'ja' });
  assert.equal(registered.statusCode, 303, registered.body.slice(0, 2000));
  const confirmed = await client.submit(linkIn(t, await lastMailTo(t, email), 'bestaetigen'), {});
  assert.equal(confirmed.statusCode, 303);
}

/** The messages of a page's error summary, in order. */
export function errorSummary(html: string): string[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a href="#[^"]+">([^<]*)<\/a>/g)].map((match) => match[1]!);
}

/** The field anchors the error summary links to. */
export function errorFields(html: string): string[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a href="#([^"]+)">/g)].map((match) => match[1]!);
}
