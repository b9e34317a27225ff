import assert from 'node:assert/strict';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { migrationSources } from '../../bootstrap';
import { MODULES } from '../../registry';
import { freePort, freshDataDir, spawnServer, stopServer, waitUntilHealthy, type ServerProcess } from '../../../tests/support/server-process';
import { createTestApp } from '../../../tests/support/test-app';
import { TEST_DATABASE_URL } from '../../../tests/support/database';
import { createFreshDatabase, type FreshDatabase } from '../../../tests/support/postgres-cluster';
import { openPglite, openPostgres, queryRows, type DatabaseHandle } from '../db';

interface Outcome {
  status?: number;
  complete?: boolean;
  error?: string;
  /** The response ended after SIGTERM was sent: it was in flight during the shutdown. */
  afterSignal: boolean;
}

/** GET that never throws: the status and whether the whole page arrived, or the connection error. */
function get(url: string, agent: http.Agent, signalSent: () => boolean): Promise<Outcome> {
  return new Promise((resolveOutcome) => {
    const request = http.get(url, { agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolveOutcome({ status: response.statusCode, complete: body.trimEnd().endsWith('</html>') || response.statusCode !== 200, afterSignal: signalSent() }),
      );
      response.on('error', (error) => resolveOutcome({ status: response.statusCode, complete: false, error: error.message, afterSignal: signalSent() }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolveOutcome({ error: error.code ?? error.message, afterSignal: signalSent() }));
  });
}

/** The journal tags every database of this code base must have, `owner/tag`. */
function expectedMigrations(): string[] {
  return migrationSources(MODULES)
    .flatMap((source) => {
      const journal = JSON.parse(readFileSync(join(source.folder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
      return journal.entries.map((entry) => `${source.owner}/${entry.tag}`);
    })
    .sort();
}

/** Opens the server's database in this process (PGlite: the server must be stopped) and reads it. */
async function inspect(open: () => Promise<DatabaseHandle>): Promise<{ migrations: string[]; news: number; marker: number }> {
  const handle = await open();
  try {
    const migrations = await queryRows<{ name: string }>(handle.db, sql`select owner || '/' || tag as name from schema_migrations order by 1`);
    const [news] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from site_news`);
    const [marker] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from jobs where kind = 'test.marker'`);
    return { migrations: migrations.map((row) => row.name), news: news?.count ?? -1, marker: marker?.count ?? -1 };
  } finally {
    await handle.close();
  }
}

describe('graceful shutdown of the real server', () => {
  const servers: ServerProcess[] = [];
  let dataDir: string | undefined;
  let postgres: FreshDatabase | undefined;
  after(async () => {
    await Promise.all(servers.map((server) => stopServer(server)));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  });

  it(`finishes in-flight requests on SIGTERM, closes idle keep-alive connections, exits 0, and restarts with its data (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite in DATA_DIR'})`, async () => {
    // PGlite: a copy of the migrated template; PostgreSQL: an empty database the server migrates itself.
    postgres = TEST_DATABASE_URL ? await createFreshDatabase() : undefined;
    const dir = await freshDataDir({ migrated: !postgres });
    dataDir = dir;
    const env: Record<string, string> = { DEMO_DATA: 'true', ...(postgres ? { DATABASE_URL: postgres.url } : {}) };
    const open = postgres ? async () => openPostgres(postgres!.url, 1) : () => openPglite(join(dir, 'pglite'));
    const server = spawnServer({ dataDir, port: await freePort(), env });
    servers.push(server);
    await waitUntilHealthy(server);

    // An idle keep-alive connection: without closing idle sockets the server would wait 72 s for it.
    const idleAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const warmup = await get(server.url('/'), idleAgent, () => false);
    assert.equal(warmup.status, 200);
    assert.equal(Object.values(idleAgent.freeSockets).flat().length, 1, 'one idle keep-alive socket is open');

    // 20 concurrent requests; SIGTERM as soon as the first answer arrives, while the others are in flight.
    const batchAgent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    let signalled = false;
    let signalledAt = 0;
    const batch = Array.from({ length: 20 }, () =>
      get(server.url('/'), batchAgent, () => signalled).then((outcome) => {
        if (!signalled) {
          signalled = true;
          signalledAt = Date.now();
          server.child.kill('SIGTERM');
        }
        return outcome;
      }),
    );
    const outcomes = await Promise.all(batch);
    const late = await get(server.url('/'), new http.Agent({ keepAlive: false }), () => true);
    const { code, signal } = await server.exited;
    const shutdownMs = Date.now() - signalledAt;
    idleAgent.destroy();
    batchAgent.destroy();

    const summary = JSON.stringify({ outcomes, late, shutdownMs });
    for (const outcome of outcomes) {
      if (outcome.status !== undefined) {
        assert.ok(outcome.status === 200 || outcome.status === 503, `in-flight request answered ${outcome.status}: ${summary}`);
        assert.ok(outcome.complete, `a response was cut off: ${summary}`);
      } else {
        // Only a request the server had not started may be refused, and only at the connection level.
        assert.ok(outcome.afterSignal && ['ECONNREFUSED', 'ECONNRESET'].includes(outcome.error ?? ''), `request failed: ${summary}`);
      }
    }
    assert.ok(outcomes.filter((outcome) => outcome.status === 200).length >= 1, summary);
    // Usually all 20 finish after the signal; at least some must have been in flight for the test to mean anything.
    assert.ok(
      outcomes.some((outcome) => outcome.afterSignal && outcome.status === 200),
      `no request was in flight at SIGTERM: ${summary}`,
    );
    assert.ok(['ECONNREFUSED', 'ECONNRESET'].includes(late.error ?? '') || late.status === 503, `a new connection after SIGTERM is refused: ${summary}`);
    assert.equal(signal, null, `exited by itself, not killed: ${summary}`);
    assert.equal(code, 0, `exit code 0; stderr: ${server.stderr()}`);
    assert.ok(shutdownMs < 30_000, `shut down in ${shutdownMs} ms: idle keep-alive connections must not hold it for the 72 s keep-alive timeout`);
    assert.doesNotMatch(server.stdout() + server.stderr(), /"level":(50|60)|Error/, 'no errors logged during shutdown');
    if (!postgres) assert.equal(existsSync(join(dataDir, 'pglite', '.lock')), false, 'the data directory lock is released');

    // The database is intact: it opens, every migration is recorded once, demo content is there.
    const before = await inspect(open);
    assert.deepEqual(before.migrations, expectedMigrations());
    assert.ok(before.news > 0, 'the demo news seeded by the server were persisted');
    const marker = await open();
    await marker.db.execute(sql`insert into jobs (kind, run_at) values ('test.marker', now() + interval '1 day')`);
    await marker.close();

    // A restart on the same database works, migrates nothing new and keeps the data.
    const restarted = spawnServer({ dataDir, port: await freePort(), env });
    servers.push(restarted);
    await waitUntilHealthy(restarted);
    assert.equal((await fetch(restarted.url('/'))).status, 200);
    restarted.child.kill('SIGTERM');
    assert.equal((await restarted.exited).code, 0, restarted.stderr());
    assert.deepEqual(await inspect(open), { ...before, marker: 1 });
  });
});

describe('/healthz', () => {
  it('answers 503 {"status":"unavailable"} once the database is gone', async () => {
    const t = await createTestApp();
    // Close the real handle once; the test database's own clean-up must not close it a second time.
    const handle = t.database.handle;
    const closeHandle = handle.close.bind(handle);
    let closed = false;
    handle.close = async () => {
      if (!closed) {
        closed = true;
        await closeHandle();
      }
    };
    try {
      assert.equal((await t.app.inject('/healthz')).statusCode, 200);
      await handle.close();
      const response = await t.app.inject('/healthz');
      assert.equal(response.statusCode, 503);
      assert.deepEqual(response.json(), { status: 'unavailable' });
      assert.equal(response.headers['cache-control'], 'no-store');
    } finally {
      await t.close();
    }
  });
});
