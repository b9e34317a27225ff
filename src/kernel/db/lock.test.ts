import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../config';
import { freePort, freshDataDir, spawnServer, stopServer, waitUntilHealthy, type ServerProcess } from '../../../tests/support/server-process';
import { DataDirLockedError, lockDataDir } from './lock';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const servers: ServerProcess[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-lock-'));
  dirs.push(dir);
  return dir;
}

/** A live process that is not us: the "other app process" holding a lock. */
function sleeper(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

/** The PID of a process that has exited: what a crashed app leaves in its lock file. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolveExit) => child.once('exit', resolveExit));
  return child.pid!;
}

describe('data directory lock', () => {
  after(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(servers.map((server) => stopServer(server)));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('writes our PID into .lock and removes it on release', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, '.lock'), 'utf8'), String(process.pid));
    release();
    assert.equal(existsSync(join(dir, '.lock')), false);
  });

  it('refuses a directory held by another live process with a clear German message, and leaves its lock alone', () => {
    const dir = tempDir();
    const other = sleeper();
    writeFileSync(join(dir, '.lock'), String(other.pid));
    assert.throws(
      () => lockDataDir(dir),
      (error: unknown) => {
        assert.ok(error instanceof DataDirLockedError);
        assert.equal(error.name, 'DataDirLockedError');
        assert.ok(error.message.includes(`Das Datenverzeichnis ${dir} wird bereits von Prozess ${other.pid} benutzt`), error.message);
        assert.match(error.message, /DATA_DIR/);
        assert.match(error.message, /DATABASE_URL/);
        return true;
      },
    );
    assert.equal(readFileSync(join(dir, '.lock'), 'utf8'), String(other.pid), 'the holder keeps its lock');
  });

  it('refuses a second lock on the same directory inside one process until the first is released', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    assert.throws(() => lockDataDir(dir), DataDirLockedError);
    assert.equal(readFileSync(join(dir, '.lock'), 'utf8'), String(process.pid), 'the refused attempt did not touch the lock');
    release();
    lockDataDir(dir)();
  });

  it('takes over a stale lock whose process is gone (crash, kill -9)', async () => {
    const dir = tempDir();
    const pid = await deadPid();
    writeFileSync(join(dir, '.lock'), String(pid));
    const release = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, '.lock'), 'utf8'), String(process.pid));
    release();
  });

  it('takes over a lock file without a PID in it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.lock'), '');
    lockDataDir(dir)();
    writeFileSync(join(dir, '.lock'), 'kaputt');
    lockDataDir(dir)();
  });

  it('lets exactly one of several processes starting at the same moment take the lock', async () => {
    const dir = tempDir();
    const script = join(dir, 'contender.mts');
    // Every contender waits for the same instant, tries, reports, and holds on until stdin closes.
    writeFileSync(
      script,
      `import { lockDataDir } from ${JSON.stringify(join(PROJECT_ROOT, 'src/kernel/db/lock.ts'))};
const [target, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {}
let result = 'locked';
try { lockDataDir(target); } catch (error) { result = error.name; }
process.stdout.write(result + '\\n');
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
`,
    );
    const target = join(dir, 'data');
    const startAt = Date.now() + 4000;
    const contenders = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', script, target, String(startAt)], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
      children.push(child);
      return child;
    });
    const results = await Promise.all(
      contenders.map(
        (child) =>
          new Promise<string>((resolveResult) => {
            let out = '';
            child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
              out += chunk;
              if (out.endsWith('\n')) resolveResult(out.trim());
            });
            child.once('exit', () => resolveResult(out.trim() || 'exited'));
          }),
      ),
    );
    for (const child of contenders) child.stdin!.end();
    assert.deepEqual([...results].sort(), ['DataDirLockedError', 'DataDirLockedError', 'DataDirLockedError', 'locked'], JSON.stringify(results));
  });

  it('refuses to start a second server on the same DATA_DIR: exit 1 and the German message naming the first process', async () => {
    const dataDir = await freshDataDir({ migrated: true });
    dirs.push(dataDir);
    const first = spawnServer({ dataDir, port: await freePort() });
    servers.push(first);
    await waitUntilHealthy(first);

    const second = spawnServer({ dataDir, port: await freePort() });
    servers.push(second);
    const { code } = await second.exited;
    assert.equal(code, 1, `second process exit code; stderr: ${second.stderr()}`);
    assert.ok(second.stderr().includes(`wird bereits von Prozess ${first.pid} benutzt`), second.stderr());
    assert.doesNotMatch(second.stderr(), /Start fehlgeschlagen|at .*\.ts:\d+/, 'a clear message, not a stack trace');

    // The first server is unaffected and releases the lock when it stops cleanly.
    assert.equal((await fetch(first.url('/healthz'))).status, 200);
    first.child.kill('SIGTERM');
    assert.equal((await first.exited).code, 0, first.stderr());
    assert.equal(existsSync(join(dataDir, 'pglite', '.lock')), false, 'lock released on shutdown');
  });
});
