import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { errorMessages, tableRows, textOf } from '../../../tests/support/html';
import { personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { auditLog } from '../../kernel/audit';
import { ADMIN_PATHS } from './paths';

const TOKEN = /<code id="api-token">(sp_[\w-]+)<\/code>/;

describe('admin: API-Zugänge', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  const api = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: { authorization: `Bearer ${token}` } });

  it('creates an access whose key is shown once, works as a bearer token, and is revoked behind a confirmation page', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get(ADMIN_PATHS.newApiToken);
    const created = await admin.post(ADMIN_PATHS.newApiToken, { name: 'Fachverfahren Bürgeramt', departmentId: '' });
    assert.equal(created.statusCode, 200);
    assert.equal(created.headers['cache-control'], 'no-store');
    const token = TOKEN.exec(created.body)?.[1];
    assert.ok(token, 'the key is on the confirmation page');
    assert.ok(created.body.includes(`Authorization: Bearer ${token}`), 'with an example of its use');
    assert.equal((await api(token)).statusCode, 200);

    const list = await admin.get(ADMIN_PATHS.apiTokens);
    assert.ok(!list.body.includes(token), 'never shown again');
    const [row] = tableRows(list.body);
    assert.match((row ?? []).join(' '), /Fachverfahren Bürgeramt alle Fachbereiche .* Aktiv/);
    assert.doesNotMatch((row ?? []).join(' '), /noch nie/, 'the request above counts as its last use');

    const id = /href="\/verwaltung\/api-zugaenge\/([0-9a-f-]{36})\/widerrufen"/.exec(list.body)?.[1];
    assert.ok(id);
    const confirm = await admin.get(ADMIN_PATHS.revokeApiToken(id));
    assert.equal(confirm.statusCode, 200);
    const revoked = await admin.post(ADMIN_PATHS.revokeApiToken(id));
    assert.equal(revoked.statusCode, 303);
    assert.equal(revoked.headers.location, ADMIN_PATHS.apiTokens);
    assert.equal((await api(token)).statusCode, 401, 'a revoked key is refused at once');
    assert.match(textOf((await admin.get(ADMIN_PATHS.apiTokens)).body), /Widerrufen am/);

    const entries = await t.db.select().from(auditLog);
    const actions = entries.filter((entry) => entry.objectId === id).map((entry) => `${entry.action} ${entry.actorLabel}`);
    assert.deepEqual(actions.sort(), [`kernel.api_token_created ${admin.user.email}`, `kernel.api_token_revoked ${admin.user.email}`]);
  });

  it('shows the form again with 400 and messages for a missing name or an unknown department', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get(ADMIN_PATHS.newApiToken);
    const empty = await admin.post(ADMIN_PATHS.newApiToken, { name: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(errorMessages(empty.body), ['Geben Sie an, wofür der Zugang ist, zum Beispiel Fachverfahren Bürgeramt.']);
    const unknown = await admin.post(ADMIN_PATHS.newApiToken, { name: 'Kasse', departmentId: 'gibt-es-nicht' });
    assert.equal(unknown.statusCode, 400);
    assert.match(errorMessages(unknown.body)[0] ?? '', /Den Fachbereich „gibt-es-nicht“ gibt es nicht/);
    assert.match(unknown.body, /value="Kasse"/, 'what was typed is kept');
    assert.doesNotMatch(unknown.body, TOKEN);
    const many = await admin.post(ADMIN_PATHS.newApiToken, { name: ['a', 'b'] });
    assert.equal(many.statusCode, 400);
  });

  it('keeps the pages to admins: others get 404, even with a real id', async () => {
    const admin = await personWith(t, 'admin');
    await admin.get(ADMIN_PATHS.newApiToken);
    assert.ok(TOKEN.exec((await admin.post(ADMIN_PATHS.newApiToken, { name: 'Stadtkasse' })).body));
    const id = /\/verwaltung\/api-zugaenge\/([0-9a-f-]{36})\/widerrufen/.exec((await admin.get(ADMIN_PATHS.apiTokens)).body)?.[1];
    assert.ok(id);
    const staff = await personWith(t, 'staff', { permissions: ['admin.audit', 'admin.outbox'] });
    for (const url of [ADMIN_PATHS.apiTokens, ADMIN_PATHS.newApiToken, ADMIN_PATHS.revokeApiToken(id)]) {
      assert.equal((await staff.get(url)).statusCode, 404, url);
    }
    await staff.get(ADMIN_PATHS.audit);
    assert.equal((await staff.post(ADMIN_PATHS.revokeApiToken(id))).statusCode, 404);
    assert.equal((await staff.post(ADMIN_PATHS.newApiToken, { name: 'Heimlich' })).statusCode, 404);
    assert.match(textOf((await admin.get(ADMIN_PATHS.apiTokens)).body), /Stadtkasse .* Aktiv/);
  });
});

describe('admin: old /admin URLs', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('redirect permanently to the workspace, keeping the query: GET 301, POST 308', async () => {
    const client = t.client();
    const cases: [string, string][] = [
      ['/admin', '/verwaltung'],
      ['/admin/benutzer?q=m%C3%BCller&page=2', '/verwaltung/benutzer?q=m%C3%BCller&page=2'],
      ['/admin/benutzer/neu', '/verwaltung/benutzer/neu'],
      ['/admin/benutzer/0b7a1f9e-3c55-4a8e-9a43-3f8e7c1d2b6a/sperren', '/verwaltung/benutzer/0b7a1f9e-3c55-4a8e-9a43-3f8e7c1d2b6a/sperren'],
      ['/admin/bereiche', '/verwaltung/fachbereiche'],
      ['/admin/protokoll?action=admin.', '/verwaltung/protokoll?action=admin.'],
      ['/admin/outbox', '/verwaltung/postausgang'],
      ['/admin/outbox/12', '/verwaltung/postausgang/12'],
    ];
    for (const [from, to] of cases) {
      const response = await client.get(from);
      assert.equal(`${response.statusCode} ${response.headers.location}`, `301 ${to}`, from);
    }
    // No CSRF check on the way: the new URL checks the token the form carries.
    const post = await t.app.inject({
      method: 'POST',
      url: '/admin/benutzer/neu',
      payload: 'email=a%40b.de',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(`${post.statusCode} ${post.headers.location}`, '308 /verwaltung/benutzer/neu');
  });

  it('sends unknown old sub-paths to the new place, where they are an ordinary 404', async () => {
    const client = t.client();
    const old = await client.get('/admin/benutzer/gibt/es/nicht');
    assert.equal(`${old.statusCode} ${old.headers.location}`, '301 /verwaltung/benutzer/gibt/es/nicht');
    const admin = await personWith(t, 'admin');
    assert.equal((await admin.get('/verwaltung/benutzer/gibt/es/nicht')).statusCode, 404);
    assert.equal((await client.get('/admin/irgendwas')).statusCode, 404);
  });
});
