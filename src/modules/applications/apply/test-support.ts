/**
 * Helpers for the apply tests only: an app with the demo Leistungen and forms, and the steps of
 * the journey over HTTP.
 */
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { seedCatalogue } from '../../../../tests/support/applications';
import { hiddenValue } from '../../../../tests/support/html';
import { lastMailTo, mailLink } from '../../../../tests/support/mail';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { TestClient } from '../../../../tests/support/test-client';
import { PATHS } from '../paths';

/** The test app with the demo catalogue; `seed()` empties it and seeds it again. */
export async function applyTestApp(): Promise<TestApp & { seed(): Promise<void> }> {
  const t = await createTestApp();
  const seed = async () => {
    await t.reset();
    await seedCatalogue(t);
  };
  return { ...t, seed };
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

/** GET the page, then post its answers with the form version from the page (like a browser). */
export async function answer(client: TestClient, id: string, pageId: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
  const page = await client.get(PATHS.page(id, pageId));
  assert.equal(page.statusCode, 200, `page ${pageId}: ${page.statusCode}`);
  return client.post(PATHS.page(id, pageId), { formVersion: hiddenValue(page.body, 'formVersion'), _action: 'weiter', ...fields });
}

/** The Mängelmeldung answered completely (no feedback wanted, no photos). */
export async function answerMaengelmeldung(client: TestClient, id: string): Promise<void> {
  assert.equal(
    (await answer(client, id, 'mangel', { category: 'strasse', description: 'Schlagloch mitten auf dem Radweg' })).headers.location,
    PATHS.page(id, 'ort'),
  );
  assert.equal((await answer(client, id, 'ort', { location: 'Fußweg am Seilersee, Höhe Eissporthalle' })).headers.location, PATHS.page(id, 'kontakt'));
  assert.equal((await answer(client, id, 'kontakt', { wantsFeedback: 'nein' })).headers.location, PATHS.check(id));
}

/** The path of the resume link in the newest mail to a guest. */
export async function resumeLinkFor(t: TestApp, address: string): Promise<string> {
  return mailLink(t, await lastMailTo(t, address), '/antraege/fortsetzen/');
}
