import { BackupError } from './errors';

/**
 * What a database holds, asked the same way of PGlite and PostgreSQL: the applied migrations per
 * owner and the rows of every table. The manifest records both; a restore compares the rows.
 */

/** The one call both clients share (pg.Client and PGlite). */
export interface Queryable {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** Schemas of the system and of extensions; every other schema is the portal's (public, datastore). */
const OWN_SCHEMAS = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`;

/** Tables of the portal as `schema.table` (quoted where needed), without extensions' own tables. */
export async function tableNames(client: Queryable): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and ${OWN_SCHEMAS}
       and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
     order by 1`,
  );
  return rows.map((row) => row.name);
}

export async function rowCounts(client: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(client)) {
    const { rows } = await client.query<{ rows: number | string }>(`select count(*) as rows from ${table}`);
    counts[table] = Number(rows[0]?.rows ?? 0);
  }
  return counts;
}

/** Refuses a restored database whose tables' rows differ from the manifest's (a missing or extra table too). */
export function assertRowsMatch(expected: Record<string, number>, found: Record<string, number>): void {
  const wrong = [...new Set([...Object.keys(expected), ...Object.keys(found)])]
    .filter((table) => expected[table] !== found[table])
    .map((table) => `${table}: ${found[table] ?? 'fehlt'} statt ${expected[table] ?? 'keine'} Zeilen`);
  if (wrong.length > 0) throw new BackupError(`Die wiederhergestellte Datenbank stimmt nicht mit der Sicherung überein:\n  ${wrong.join('\n  ')}`);
}

export async function appliedMigrations(client: Queryable): Promise<Record<string, string[]>> {
  const { rows: exists } = await client.query<{ found: boolean }>(`select to_regclass('public.schema_migrations') is not null as found`);
  if (!exists[0]?.found) return {};
  const { rows } = await client.query<{ owner: string; tag: string }>(`select owner, tag from schema_migrations order by applied_at, owner, tag`);
  const byOwner: Record<string, string[]> = {};
  for (const { owner, tag } of rows) (byOwner[owner] ??= []).push(tag);
  return byOwner;
}

export async function serverVersion(client: Queryable): Promise<string> {
  const { rows } = await client.query<{ version: string }>(`select current_setting('server_version') as version`);
  return rows[0]?.version ?? 'unknown';
}

/** True when the database holds no object of the portal: no table, no schema of its own besides public. */
export async function isEmptyDatabase(client: Queryable): Promise<boolean> {
  const { rows } = await client.query<{ objects: number | string }>(
    `select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${OWN_SCHEMAS}
               and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e'))
          + (select count(*) from pg_namespace n where ${OWN_SCHEMAS} and n.nspname <> 'public') as objects`,
  );
  return Number(rows[0]?.objects ?? 0) === 0;
}
