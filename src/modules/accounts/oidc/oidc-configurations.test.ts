import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createTestApp, testConfig, type TestApp } from '../../../../tests/support/test-app';
import { createApp } from '../../../app';
import { moduleDeps } from '../../../bootstrap';
import { sessions } from '../../../kernel/auth';
import { MODULES } from '../../../registry';
import { OIDC_START_PATH } from './routes';
import { oidcTestModule } from './test-provider';

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('OpenID Connect in other configurations (apps on one test database)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());
  const appWith = (env: Record<string, string>) => createApp(moduleDeps(testConfig(env), t.database.handle, [...MODULES, oidcTestModule]));

  it('shows a German 503 page when the provider is unreachable, and stores no attempt', async () => {
    const app = await appWith({ OIDC_ISSUER: `http://127.0.0.1:${await closedPort()}`, OIDC_CLIENT_ID: 'portal', OIDC_CLIENT_SECRET: 'geheim' });
    try {
      const response = await app.inject(OIDC_START_PATH);
      assert.equal(response.statusCode, 503);
      assert.match(response.body, /Anmeldedienst ist gerade nicht erreichbar/);
      assert.equal((await t.db.select().from(sessions)).length, 0);
    } finally {
      await app.close();
    }
  });

  it('registers no routes without OIDC configuration', async () => {
    const app = await appWith({});
    try {
      assert.equal((await app.inject(OIDC_START_PATH)).statusCode, 404);
    } finally {
      await app.close();
    }
  });

  it('refuses a plain-http issuer in production at start-up', async () => {
    const env = { NODE_ENV: 'production', OIDC_ISSUER: 'http://id.example.de/realms/bund', OIDC_CLIENT_ID: 'portal', OIDC_CLIENT_SECRET: 'geheim' };
    // Refused while the configuration is loaded, with every other problem (oidc/settings.ts).
    await assert.rejects(async () => appWith(env), /OIDC_ISSUER: muss im Betrieb \(production\) eine https-Adresse sein/);
  });
});
