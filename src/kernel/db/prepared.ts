import type { Executor } from './types';

/**
 * A query built once per database (and per transaction), for the queries every page of a kind runs:
 * building a Drizzle query and mapping it through the unprepared path cost about 0.2 ms per query
 * on PGlite, a third of a simple one. The statement is also parsed and planned once: per connection
 * on PostgreSQL (node-postgres), once per database on PGlite's thread (ADR 17). `build` must give a
 * prepared query (`.prepare(name)` with `sql.placeholder`s), whose name is unique in the code base:
 * the name is the statement's.
 */
export function preparedPerDatabase<Prepared>(build: (db: Executor) => Prepared): (db: Executor) => Prepared {
  const built = new WeakMap<Executor, Prepared>();
  return (db) => {
    let prepared = built.get(db);
    if (!prepared) built.set(db, (prepared = build(db)));
    return prepared;
  };
}
