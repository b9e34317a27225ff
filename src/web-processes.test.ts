import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { loadConfig, ConfigError } from './kernel/config';
import { MODULES } from './registry';
import { createFreshDatabase, NEEDS_POSTGRES, type FreshDatabase } from '../tests/support/postgres-cluster';
import { freePort, freshDataDir, spawnServer, stopServer, waitUntilHealthy, type ServerProcess } from '../tests/support/server-process';

/** The portal processes the starting process runs (its children), by pid. */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

describe('several portal processes on one port (WEB_CONCURRENCY)', () => {
  it('refuses more than one process on the embedded database, saying why', () => {
    assert.throws(
      () => loadConfig({ WEB_CONCURRENCY: '2', DATA_DIR: '/tmp/nirgends' }, MODULES),
      (error: unknown) => error instanceof ConfigError && /WEB_CONCURRENCY: mehr als ein Prozess braucht PostgreSQL/.test(error.message),
    );
  });

  describe('on PostgreSQL', () => {
    let server: ServerProcess | undefined;
    let database: FreshDatabase | undefined;
    let dataDir: string | undefined;
    after(async () => {
      if (server) await stopServer(server);
      await database?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('starts that many on one port, starts a new one for one that dies, and stops them all on SIGTERM', { skip: NEEDS_POSTGRES }, async () => {
      database = await createFreshDatabase();
      dataDir = await freshDataDir();
      server = spawnServer({ dataDir, port: await freePort(), env: { DATABASE_URL: database.url, WEB_CONCURRENCY: '2', DEMO_DATA: 'false' } });
      await waitUntilHealthy(server);
      const first = await until('two portal processes', () => (childrenOf(server!.pid).length === 2 ? childrenOf(server!.pid) : undefined));
      for (let i = 0; i < 4; i += 1) assert.equal((await fetch(server.url('/termine'))).status, 200);

      process.kill(first[0]!, 'SIGKILL');
      const replaced = await until('a new process for the one that died', () => {
        const now = childrenOf(server!.pid);
        return now.length === 2 && !now.includes(first[0]!) ? now : undefined;
      });
      assert.ok(replaced.includes(first[1]!), 'the other one kept running');
      await waitUntilHealthy(server);

      assert.doesNotMatch(server.stdout(), /portal processes on port/, 'LOG_LEVEL=warn holds for the starting process too');
      assert.match(server.stdout(), /"level":50,[^\n]*a portal process ended; starting another/, 'a replaced process is an error in the log');
      server.child.kill('SIGTERM');
      assert.deepEqual(await server.exited, { code: 0, signal: null });
      assert.deepEqual(childrenOf(server.pid), [], 'no portal process is left');
    });
  });
});
