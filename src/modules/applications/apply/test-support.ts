/**
 * Helpers for the apply tests only: an app with the demo Leistungen and forms, citizens who log in
 * through the real login form, and the steps of the journey over HTTP.
 */
import assert from 'node:assert/strict';
import { asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { TestClient } from '../../../../tests/support/test-client';
import { createUser } from '../../../kernel/auth';
import { mailOutbox } from '../../../kernel/mail';
import { formsModule } from '../../forms';
import { servicesModule } from '../../services';
import { PATHS } from '../paths';

export const PASSWORD = 'Sonnenuntergang am Seilersee';

/** The test app with the demo catalogue; `reset()` empties it and seeds it again. */
export async function applyTestApp(): Promise<TestApp & { seed(): Promise<void> }> {
  const t = await createTestApp();
  const seed = async () => {
    await t.reset();
    await servicesModule.seedDemo!(t.deps);
    await formsModule.seedDemo!(t.deps);
  };
  return { ...t, seed };
}

let counter = 0;

/** A citizen logged in through the login form; the client keeps the session cookie. */
export async function loggedInCitizen(t: TestApp): Promise<{ client: TestClient; id: string; email: string }> {
  counter += 1;
  const email = `buerger-${counter}@example.org`;
  const user = await createUser(t.db, { email, displayName: `Erika Mustermann ${counter}`, password: PASSWORD, emailVerified: true });
  const client = t.client();
  const response = await client.submit('/konto/anmelden', { email, password: PASSWORD, weiter: '/konto' });
  assert.equal(response.statusCode, 303, 'logged in');
  return { client, id: user.id, email };
}

/** The application id from a redirect to one of its pages. */
export function applicationIdOf(response: LightMyRequestResponse): string {
  const match = /^\/antraege\/([0-9a-f-]{36})\//.exec(String(response.headers.location));
  assert.ok(match, `redirect to an application page, got ${response.statusCode} ${String(response.headers.location)}`);
  return match[1]!;
}

export async function startAsGuest(client: TestClient, slug: string, email: string): Promise<string> {
  await client.get(PATHS.start(slug));
  return applicationIdOf(await client.post(PATHS.start(slug), { email }));
}

export async function startLoggedIn(client: TestClient, slug: string): Promise<string> {
  await client.get(PATHS.start(slug));
  return applicationIdOf(await client.post(PATHS.start(slug)));
}

export function formVersionIn(html: string): string {
  const match = /name="formVersion" value="([^"]+)"/.exec(html);
  assert.ok(match, 'page has the hidden formVersion field');
  return match[1]!;
}

/** GET the page, then post its answers with the form version from the page (like a browser). */
export async function answer(client: TestClient, id: string, pageId: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
  const page = await client.get(PATHS.page(id, pageId));
  assert.equal(page.statusCode, 200, `page ${pageId}: ${page.statusCode}`);
  return client.post(PATHS.page(id, pageId), { formVersion: formVersionIn(page.body), _action: 'weiter', ...fields });
}

/** The Mängelmeldung answered completely (no feedback wanted, no photos). */
export async function answerMaengelmeldung(client: TestClient, id: string): Promise<void> {
  assert.equal((await answer(client, id, 'mangel', { category: 'strasse', description: 'Schlagloch mitten auf dem Radweg' })).headers.location, PATHS.page(id, 'ort'));
  assert.equal((await answer(client, id, 'ort', { location: 'Fußweg am Seilersee, Höhe Eissporthalle' })).headers.location, PATHS.page(id, 'kontakt'));
  assert.equal((await answer(client, id, 'kontakt', { wantsFeedback: 'nein' })).headers.location, PATHS.check(id));
}

export function submissionKeyIn(html: string): string {
  const match = /name="submissionKey" value="([^"]+)"/.exec(html);
  assert.ok(match, 'check page has the submission key');
  return match[1]!;
}

export async function mailsTo(t: TestApp, address: string): Promise<{ subject: string; text: string }[]> {
  const rows = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(asc(mailOutbox.id));
  return rows.map((row) => ({ subject: row.subject, text: row.textBody }));
}

/** The path of the resume link in the newest mail to a guest. */
export async function resumeLinkFor(t: TestApp, address: string): Promise<string> {
  const mail = (await mailsTo(t, address)).at(-1);
  assert.ok(mail, `a mail to ${address}`);
  const match = new RegExp(`${t.config.baseUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/antraege/fortsetzen/[A-Za-z0-9_-]{43})`).exec(mail.text);
  assert.ok(match, `mail "${mail.subject}" has a resume link`);
  return match[1]!;
}
