import assert from 'node:assert/strict';
import { APPLICATION_PATHS as PATHS } from '../../src/modules/applications';
import { errorMessages, formFields, hiddenValue, parseHtml } from '../support/html';
import type { TestClient } from '../support/test-client';

/** What a person does in any town's demo, through the pages like a browser (the municipality tests). */

export async function logIn(client: TestClient, email: string, password: string): Promise<void> {
  const response = await client.submit('/konto/anmelden', { email, password });
  assert.equal(response.statusCode, 303, `login of ${email}: ${response.body.slice(0, 500)}`);
}

/** A guest's Mängelmeldung through the form: it sends the guest (`email`) a receipt mail. */
export async function reportDefectAsGuest(
  client: TestClient,
  { description = 'Schlagloch mitten auf dem Radweg', email = 'gast@example.org' }: { description?: string; email?: string } = {},
): Promise<void> {
  await client.get(PATHS.start('maengelmeldung'));
  const started = await client.post(PATHS.start('maengelmeldung'), { email });
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

/** A page's form as a browser holds it: where it goes, how, the values it would send now, and what one may choose. */
export interface OpenForm {
  action: string;
  method: 'get' | 'post';
  multipart: boolean;
  fields: Record<string, string>;
  /** The values of each radio, checkbox and select, in the page's order: a person's first choice is `choices[name][0]`. */
  choices: Record<string, string[]>;
}

/** Opens `url` and reads its form to `action` (POST unless told) with every hidden, preset, checked and selected value. */
export async function openForm(client: TestClient, url: string, action: string, method: OpenForm['method'] = 'post'): Promise<OpenForm> {
  const page = await client.get(url);
  assert.equal(page.statusCode, 200, `${url}: ${page.statusCode}`);
  const form = parseHtml(page.body)
    .querySelectorAll(`form[method="${method}"]`)
    .find((candidate) => candidate.getAttribute('action') === action);
  assert.ok(form, `${url} has a ${method} form to ${action}`);
  const fields: Record<string, string> = {};
  const choices: Record<string, string[]> = {};
  for (const field of formFields(form)) {
    if (field.kind === 'button' || field.kind === 'file') continue;
    const choice = ['checkbox', 'radio', 'select'].includes(field.kind);
    if (choice) choices[field.name] = [...(choices[field.name] ?? []), field.value];
    if (choice && !field.checked) continue;
    fields[field.name] = field.value;
  }
  return { action, method, multipart: form.getAttribute('enctype') === 'multipart/form-data', fields, choices };
}

/** Sends an opened form with `values` typed in; a GET form as the query of its action. */
export function sendForm(client: TestClient, form: OpenForm, values: Record<string, string>): ReturnType<TestClient['post']> {
  const fields = { ...form.fields, ...values };
  if (form.method === 'get') return client.get(`${form.action}?${new URLSearchParams(fields)}`);
  return form.multipart ? client.postMultipart(form.action, fields) : client.post(form.action, fields);
}

/** The first value a person may choose for `name` on an opened form. */
export function firstChoice(form: OpenForm, name: string): string {
  const value = form.choices[name]?.[0];
  assert.ok(value, `${form.action} offers a choice for ${name}`);
  return value;
}

/**
 * How long a person takes at least to fill in a form the spam guard protects (docs/conventions.md,
 * spam protection: a stamp younger than 3 seconds is refused), waited once for all forms opened before.
 */
export const SPAM_GUARD_SECONDS = 3.1;
