import type { Queryable } from './inventory';

/**
 * The tables no migration makes, rebuilt in the target from the source's catalogue: the DataStore's
 * (`datastore` schema, made when a resource is loaded, opendata/datastore/table-sql.ts). They hold
 * plain columns, serial ids with their sequences, keys and indexes, and so does what is rebuilt here;
 * the sequences keep their names, so copy-rows.ts finds them by name (ADR 21, amendment).
 */

interface Column {
  name: string;
  type: string;
  not_null: boolean;
  expression: string | null;
  generated: string;
  identity: string;
}

interface Sequence {
  name: string;
  type: string;
  increment: string;
  min: string;
  max: string;
  start: string;
  cache: string;
  cycle: boolean;
  owned_by: string;
}

async function values<T>(client: Queryable, text: string, params: unknown[]): Promise<T[]> {
  return (await client.query<T>(text, params)).rows;
}

/** The sequences the table's serial columns own (an identity column's comes with its column). */
function sequencesOf(source: Queryable, table: string): Promise<Sequence[]> {
  return values<Sequence>(
    source,
    `select format('%I.%I', n.nspname, s.relname) as name, format_type(q.seqtypid, null) as type, q.seqincrement::text as increment,
            q.seqmin::text as min, q.seqmax::text as max, q.seqstart::text as start, q.seqcache::text as cache, q.seqcycle as cycle,
            format('%s.%I', $1::text, a.attname) as owned_by
     from pg_depend d join pg_class s on s.oid = d.objid join pg_namespace n on n.oid = s.relnamespace
       join pg_sequence q on q.seqrelid = s.oid join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
     where d.classid = 'pg_class'::regclass and d.refobjid = $1::regclass and d.deptype = 'a' and s.relkind = 'S'`,
    [table],
  );
}

function columnsOf(source: Queryable, table: string): Promise<Column[]> {
  return values<Column>(
    source,
    `select format('%I', a.attname) as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
            pg_get_expr(d.adbin, d.adrelid) as expression, a.attgenerated::text as generated, a.attidentity::text as identity
     from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`,
    [table],
  );
}

function columnDefinition(column: Column): string {
  const parts = [column.name, column.type];
  if (column.generated) parts.push(`generated always as (${column.expression}) stored`);
  else if (column.identity) parts.push(`generated ${column.identity === 'a' ? 'always' : 'by default'} as identity`);
  else if (column.expression) parts.push(`default ${column.expression}`);
  if (column.not_null) parts.push('not null');
  return parts.join(' ');
}

/** Keys, checks and foreign keys as constraints, then the other indexes, each as PostgreSQL prints it. */
async function constraintsAndIndexes(source: Queryable, table: string): Promise<string[]> {
  const constraints = await values<{ statement: string }>(
    source,
    `select format('alter table %s add constraint %I %s', $1::text, conname, pg_get_constraintdef(oid)) as statement
     from pg_constraint where conrelid = $1::regclass and contype in ('p', 'u', 'c', 'f', 'x') order by contype = 'f', conname`,
    [table],
  );
  const indexes = await values<{ statement: string }>(
    source,
    `select pg_get_indexdef(i.indexrelid) as statement from pg_index i
     where i.indrelid = $1::regclass and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid)
     order by i.indexrelid`,
    [table],
  );
  return [...constraints, ...indexes].map((row) => row.statement);
}

/** Creates `tables` (`schema.table`, as inventory.ts names them) in the target as they are in the source. */
export async function createTablesLike(source: Queryable, target: Queryable, tables: readonly string[]): Promise<void> {
  const later: string[] = [];
  for (const table of tables) {
    const schema = table.slice(0, table.indexOf('.'));
    await target.query(`create schema if not exists ${schema}`);
    const sequences = await sequencesOf(source, table);
    for (const sequence of sequences) {
      await target.query(
        `create sequence ${sequence.name} as ${sequence.type} increment ${sequence.increment} minvalue ${sequence.min} maxvalue ${sequence.max} start ${sequence.start} cache ${sequence.cache} ${sequence.cycle ? '' : 'no '}cycle`,
      );
    }
    await target.query(`create table ${table} (${(await columnsOf(source, table)).map(columnDefinition).join(', ')})`);
    for (const sequence of sequences) await target.query(`alter sequence ${sequence.name} owned by ${sequence.owned_by}`);
    later.push(...(await constraintsAndIndexes(source, table)));
  }
  // Foreign keys may name a table made after theirs: constraints and indexes once every table is there.
  for (const statement of later) await target.query(statement);
}
