import assert from 'node:assert/strict';
import { APPLICATION_PATHS as PATHS } from '../../src/modules/applications';
import { errorMessages, hiddenValue } from '../support/html';
import type { TestClient } from '../support/test-client';

/** What a person does in any town's demo, through the pages like a browser (the municipality tests). */

export async function logIn(client: TestClient, email: string, password: string): Promise<void> {
  const response = await client.submit('/konto/anmelden', { email, password });
  assert.equal(response.statusCode, 303, `login of ${email}: ${response.body.slice(0, 500)}`);
}

/** A guest's Mängelmeldung through the form: it sends the guest a receipt mail. Answers the reference's page. */
export async function reportDefectAsGuest(client: TestClient, description = 'Schlagloch mitten auf dem Radweg'): Promise<void> {
  await client.get(PATHS.start('maengelmeldung'));
  const started = await client.post(PATHS.start('maengelmeldung'), { email: 'gast@example.org' });
  const id = /^\/antraege\/([0-9a-f-]{36})\//.exec(String(started.headers.location))?.[1];
  assert.ok(id, `guest start redirects to the form: ${started.statusCode} ${String(started.headers.location)}`);
  const answer = async (pageId: string, fields: Record<string, string>) => {
    const page = await client.get(PATHS.page(id, pageId));
    const formVersion = hiddenValue(page.body, 'formVersion');
    const response = await client.post(PATHS.page(id, pageId), { formVersion, _action: 'weiter', ...fields });
    assert.equal(response.statusCode, 303, `page ${pageId}: ${errorMessages(response.body).join(' | ') || response.body.slice(0, 300)}`);
  };
  await answer('mangel', { category: 'strasse', description });
  await answer('ort', { location: 'Fußweg an der Hönne' });
  await answer('kontakt', { wantsFeedback: 'nein' });
  const check = await client.get(PATHS.check(id));
  const submissionKey = hiddenValue(check.body, 'submissionKey');
  const submitted = await client.post(PATHS.submit(id), { submissionKey, declaration: 'ja' });
  assert.equal(submitted.statusCode, 303, `the guest's Mängelmeldung is submitted: ${/<main[\s\S]*?<\/main>/.exec(submitted.body)?.[0].slice(0, 1500)}`);
}
