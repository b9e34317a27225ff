import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { track } from './cleanup';
import { freePort } from './ports';

export interface PostgresTarget {
  url: string;
  /** Where it came from, for the report. */
  source: string;
  release: () => Promise<void>;
}

export type PostgresOutcome = PostgresTarget | { skipped: string };

const isRoot = process.getuid?.() === 0;

/** Creates a fresh database on the server of `url` (migrations and demo data start from empty); undefined without CREATEDB. */
async function freshDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const name = `stadtportal_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    await admin.query(`create database "${name}"`);
  } catch {
    return undefined;
  } finally {
    await admin.end().catch(() => {});
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function fromEnvironment(): Promise<PostgresTarget | undefined> {
  const variable = process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : undefined;
  if (!variable) return undefined;
  const url = process.env[variable]!;
  const fresh = await freshDatabase(url);
  if (!fresh) return { url, source: `${variable} (as given: no CREATEDB right for a fresh database)`, release: async () => {} };
  const release = track({ name: 'bench database', release: fresh.drop, releaseSync: () => {} });
  return { url: fresh.url, source: `${variable}, fresh database`, release };
}

function fromProjectScript(projectRoot: string, reasons: string[]): PostgresTarget | undefined {
  const script = resolve(projectRoot, 'scripts/pg-test-cluster.sh');
  if (!existsSync(script)) {
    reasons.push('no scripts/pg-test-cluster.sh');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-pg-'));
  const stop = () => {
    spawnSync('bash', [script, 'stop', dir], { stdio: 'ignore', timeout: 30_000 });
    rmSync(dir, { recursive: true, force: true });
  };
  const release = track({ name: 'pg-test-cluster', release: async () => stop(), releaseSync: stop });
  const started = spawnSync('bash', [script, 'start', dir], { encoding: 'utf8', timeout: 90_000 });
  const url = started.stdout
    ?.split('\n')
    .find((line) => /^postgres(ql)?:\/\//.test(line.trim()))
    ?.trim();
  if (started.status !== 0 || !url) {
    reasons.push(`scripts/pg-test-cluster.sh start failed: ${(started.stderr ?? '').trim().split('\n').slice(-2).join(' ')}`);
    void release();
    return undefined;
  }
  return { url, source: 'scripts/pg-test-cluster.sh (fsync=off)', release };
}

function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? resolve(which.stdout.trim(), '..') : undefined;
}

/** initdb + pg_ctl in a temp dir, as `postgres` when we are root (initdb refuses root). */
async function fromInitdb(reasons: string[]): Promise<PostgresTarget | undefined> {
  const bin = findBinDir();
  if (!bin) {
    reasons.push('no initdb/pg_ctl installed');
    return undefined;
  }
  const asOwner = (command: string, args: string[]) =>
    isRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { cwd: '/', stdio: 'pipe' })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-bench-pg-'));
  const data = join(dir, 'data');
  const stop = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Removing the directory below is all that is left to do.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const release = track({ name: 'postgres cluster', release: async () => stop(), releaseSync: stop });
  try {
    if (isRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
    }
    asOwner('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await freePort();
    const settings = [`listen_addresses = '127.0.0.1'`, `port = ${port}`, `unix_socket_directories = '${dir}'`, 'max_connections = 200', 'fsync = off'];
    writeFileSync(join(data, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
    if (isRoot) execFileSync('chown', ['postgres:', join(data, 'postgresql.auto.conf')]);
    asOwner('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, source: `initdb/pg_ctl from ${bin} (fsync=off)`, release };
  } catch (error) {
    reasons.push(
      `initdb/pg_ctl failed: ${
        String((error as { stderr?: Buffer }).stderr ?? error)
          .trim()
          .split('\n')
          .slice(-1)[0]
      }`,
    );
    await release();
    return undefined;
  }
}

/** BENCH_DATABASE_URL / TEST_DATABASE_URL, else the project's throwaway-cluster script, else initdb directly, else skipped. */
export async function providePostgres(projectRoot: string): Promise<PostgresOutcome> {
  const reasons: string[] = [];
  const target = (await fromEnvironment()) ?? fromProjectScript(projectRoot, reasons) ?? (await fromInitdb(reasons));
  return target ?? { skipped: reasons.join('; ') };
}
