import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { BackupError } from './errors';
import { appliedMigrations, isEmptyDatabase, rowCounts, serverVersion, type Queryable } from './inventory';
import type { Manifest } from './manifest';
import { connectionFor, runTool } from './tools';

/**
 * PostgreSQL: pg_dump's plain SQL of the whole database, taken in the snapshot in which the rows
 * were counted (a running portal may write meanwhile); restored by psql in one transaction that
 * also empties the target (with --force) and checks every table's rows before it commits (ADR 21).
 */

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function dumpPostgres(url: string, dumpFile: string): Promise<Manifest['database']> {
  return withClient(url, async (client) => {
    const db = client as unknown as Queryable;
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const facts: Manifest['database'] = {
      kind: 'postgres',
      serverVersion: await serverVersion(db),
      migrations: await appliedMigrations(db),
      tables: await rowCounts(db),
    };
    const { dbname, env } = connectionFor(url);
    // --no-owner/--no-privileges: the target's role owns what it restores; --no-comments: a comment
    // on an extension would need its owner's rights.
    await runTool(
      'pg_dump',
      ['--format=plain', '--no-owner', '--no-privileges', '--no-comments', `--snapshot=${rows[0]!.snapshot}`, `--file=${dumpFile}`, `--dbname=${dbname}`],
      env,
    );
    await client.query('commit');
    return facts;
  });
}

export function postgresIsEmpty(url: string): Promise<boolean> {
  return withClient(url, (client) => isEmptyDatabase(client as unknown as Queryable));
}

/** Objects of schemas and extensions are left alone; everything the portal made goes (run inside the restore's transaction). */
export const WIPE = `
do $wipe$
declare item record;
begin
  for item in select format('%I', n.nspname) as name from pg_namespace n
      where n.nspname not in ('public', 'pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%' loop
    execute 'drop schema if exists ' || item.name || ' cascade';
  end loop;
  for item in select c.relkind, format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
        -- 'e': an extension's; 'a', 'i': a serial or identity column's sequence, which goes with its table
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.classid = 'pg_class'::regclass and d.deptype in ('e', 'a', 'i')) loop
    execute format('drop %s if exists %s cascade',
      case item.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' when 'f' then 'foreign table' else 'table' end, item.name);
  end loop;
  for item in select p.oid::regprocedure::text as name, p.prokind from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
    execute format('drop %s if exists %s cascade', case item.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end, item.name);
  end loop;
  for item in select format('%I.%I', n.nspname, t.typname) as name, t.typtype from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' and t.typtype in ('e', 'd', 'r', 'm', 'c') and (t.typrelid = 0 or exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
        and not exists (select 1 from pg_depend d where d.objid = t.oid and d.deptype = 'e') loop
    execute format('drop %s if exists %s cascade', case item.typtype when 'd' then 'domain' else 'type' end, item.name);
  end loop;
end $wipe$;
`;

/** `schema.table` as inventory.ts writes it; anything else in a manifest is refused before it reaches SQL. */
const TABLE_NAME = /^(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")\.(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")$/;

/** A DO block that raises (and so rolls the restore back) when a table's rows differ from the manifest's. */
export function verificationScript(tables: Record<string, number>): string {
  const checks = Object.entries(tables).map(([table, rows]) => {
    if (!TABLE_NAME.test(table)) throw new BackupError(`Die Sicherung nennt eine ungültige Tabelle: ${JSON.stringify(table)}.`);
    const literal = `'${table.replaceAll("'", "''")}'`;
    return `  select count(*) into found from ${table};\n  if found <> ${rows} then raise exception 'Tabelle % hat % Zeilen, gesichert waren ${rows}', ${literal}, found; end if;`;
  });
  return `do $verify$\ndeclare found bigint;\nbegin\n${checks.join('\n')}\nend $verify$;\n`;
}

/** Empties the target (when `replace`), runs the dump and checks the rows, all in one transaction of psql. */
export async function restorePostgres(url: string, dumpFile: string, manifest: Manifest, workDir: string, replace: boolean): Promise<void> {
  const wipeFile = join(workDir, 'wipe.sql');
  const verifyFile = join(workDir, 'verify.sql');
  await writeFile(wipeFile, replace ? WIPE : '-- the target was empty\n');
  await writeFile(verifyFile, verificationScript(manifest.database.tables));
  const { dbname, env } = connectionFor(url);
  await runTool('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', wipeFile, '-f', dumpFile, '-f', verifyFile, `--dbname=${dbname}`], {
    ...env,
    PGOPTIONS: `${env.PGOPTIONS ?? ''} -c client_min_messages=warning`.trim(),
  });
}
