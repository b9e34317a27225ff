import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../app';
import { moduleDeps } from '../../bootstrap';
import { csrfTokenIn } from '../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createSession, createUser } from '../auth';
import { openPostgres, type DatabaseHandle } from '../db';
import { enqueue } from '../jobs';
import { MODULES } from '../../registry';

/**
 * Two app instances on one database behave like two processes behind a load balancer: whatever one
 * stored (sessions, CSRF seeds, rate-limit counts, jobs), the other sees. On PostgreSQL the second
 * instance has its own connection pool, as a second process would.
 */
describe('scale-out: state lives in the database, not in the process', () => {
  let t: TestApp;
  let second: FastifyInstance;
  let secondDatabase: DatabaseHandle;
  before(async () => {
    t = await createTestApp();
    secondDatabase = t.database.url ? openPostgres(t.database.url, 5) : t.database.handle;
    second = await createApp(moduleDeps(t.config, secondDatabase, MODULES));
    await second.ready();
  });
  after(async () => {
    await second.close();
    if (secondDatabase !== t.database.handle) await secondDatabase.close();
    await t.close();
  });

  it('a session created on one instance is valid on the other', async () => {
    const user = await createUser(t.db, { email: 'anna@example.org', displayName: 'Anna Beispiel', password: 'ein-langes-passwort', emailVerified: true });
    const token = await createSession(t.db, user.id);
    const page = await second.inject({ url: '/konto', headers: { cookie: `sp_session=${token}` } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /anna@example\.org/);
  });

  it('a form rendered by one instance is accepted by the other (CSRF)', async () => {
    const client = t.client();
    await client.get('/konto/anmelden');
    const token = csrfTokenIn((await client.get('/konto/anmelden')).body);
    const response = await second.inject({
      method: 'POST',
      url: '/konto/anmelden',
      payload: new URLSearchParams({ _csrf: token, email: 'niemand@example.org', password: 'falsch-falsch-falsch' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: client.cookieHeader() },
    });
    assert.equal(response.statusCode, 400, 'the token was accepted; the login itself fails');
    assert.match(response.body, /E-Mail-Adresse oder Passwort ist falsch/);
  });

  it('login rate limits count across instances', async () => {
    await t.reset();
    const attempt = async (app: FastifyInstance) => {
      const form = await app.inject('/konto/anmelden');
      const cookie = form.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const token = csrfTokenIn(form.body);
      return app.inject({
        method: 'POST',
        url: '/konto/anmelden',
        payload: new URLSearchParams({ _csrf: token, email: 'ziel@example.org', password: 'falsch-falsch-falsch' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      });
    };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(i % 2 === 0 ? t.app : second)).statusCode);
    assert.ok(statuses.includes(429), `the shared per-address limit is reached across instances: ${statuses.join(',')}`);
  });

  it('a job enqueued through one instance is run by a worker of the other', async () => {
    await enqueue(secondDatabase.db, 'mail.deliver', { id: -1 });
    const ran = await t.worker.runOnce();
    assert.equal(ran, 1);
  });
});
