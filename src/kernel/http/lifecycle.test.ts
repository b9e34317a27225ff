import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { freePort, freshDataDir, spawnServer, stopServer, waitUntilHealthy, type ServerProcess } from '../../../tests/support/server-process';
import { createTestApp } from '../../../tests/support/test-app';

/** Status and body of a GET on a fresh connection (no keep-alive), or the connection error. */
async function get(url: string): Promise<{ status?: number; body?: string; error?: string }> {
  try {
    const response = await fetch(url, { headers: { connection: 'close' }, signal: AbortSignal.timeout(5000) });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { error: String((error as Error).cause ?? error) };
  }
}

/** Polls until /healthz stops answering 200 (the signal arrived and the drain began). */
async function untilDraining(server: ServerProcess): Promise<{ status?: number; body?: string; error?: string }> {
  for (let tries = 0; tries < 100; tries++) {
    const health = await get(server.url('/healthz'));
    if (health.status !== 200) return health;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  throw new Error('/healthz kept answering 200 after SIGTERM');
}

describe('drain delay on SIGTERM (SHUTDOWN_DRAIN_SECONDS)', () => {
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  after(async () => {
    await Promise.all(servers.map((server) => stopServer(server)));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function start(drainSeconds: number): Promise<ServerProcess> {
    const dataDir = await freshDataDir({ migrated: true });
    dirs.push(dataDir);
    const server = spawnServer({ dataDir, port: await freePort(), env: { DEMO_DATA: 'false', SHUTDOWN_DRAIN_SECONDS: String(drainSeconds) } });
    servers.push(server);
    await waitUntilHealthy(server);
    return server;
  }

  it('answers /healthz 503 "draining" while every other page is still served, then exits 0 after the delay', async () => {
    const server = await start(3);
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const health = await untilDraining(server);
    assert.equal(health.status, 503, JSON.stringify(health));
    assert.deepEqual(JSON.parse(health.body!), { status: 'draining' });
    const page = await get(server.url('/impressum'));
    assert.equal(page.status, 200, 'pages are still served during the drain');
    assert.match(page.body!, /<h1>Impressum<\/h1>/);
    assert.ok(Date.now() - signalledAt < 3000, 'both answers came within the delay');

    const { code, signal } = await server.exited;
    const elapsed = Date.now() - signalledAt;
    assert.equal(signal, null);
    assert.equal(code, 0, server.stderr());
    assert.ok(elapsed >= 2900, `the server waited the drain delay before closing (${elapsed} ms)`);
  });

  it('skips the rest of the delay on a second signal', async () => {
    const server = await start(120);
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    assert.equal((await untilDraining(server)).status, 503);
    server.child.kill('SIGINT');
    const { code } = await server.exited;
    assert.equal(code, 0, server.stderr());
    assert.ok(Date.now() - signalledAt < 30_000, 'did not wait the 120 s');
  });
});

describe('/healthz while draining (in process)', () => {
  it('answers 503 {"status":"draining"} not to be cached, and other routes 200', async () => {
    const t = await createTestApp();
    try {
      assert.equal(t.app.lifecycle.draining, false);
      await t.app.lifecycle.drain(0);
      const health = await t.app.inject('/healthz');
      assert.equal(health.statusCode, 503);
      assert.deepEqual(health.json(), { status: 'draining' });
      assert.equal(health.headers['cache-control'], 'no-store');
      assert.equal((await t.app.inject('/impressum')).statusCode, 200);
    } finally {
      await t.close();
    }
  });
});
