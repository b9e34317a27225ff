import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createFreshDatabase, NEEDS_POSTGRES } from '../../../tests/support/postgres-cluster';
import { openPostgres, queryRows } from './index';
import { preparingReusedStatements, reusedStatement } from './reused-statements';

/** A client's `query` that records what it was asked. */
function recordingQuery() {
  const calls: unknown[][] = [];
  return { calls, query: preparingReusedStatements((...args: unknown[]) => calls.push(args)) };
}

describe('reused statements: parsed and planned once per connection', () => {
  it('names a marked statement with parameters by its text, the same name each time, another for another text', () => {
    const { calls, query } = recordingQuery();
    const marked = '/* reused */ select $1::int';
    query({ text: marked }, [1]);
    query({ text: marked }, [2]);
    query({ text: `${marked} + 1` }, [3]);
    const names = calls.map(([config]) => (config as { name?: string }).name);
    assert.equal(names[0], names[1]);
    assert.ok(names[0] && names[2] && names[0] !== names[2]);
    assert.deepEqual(calls[1]![1], [2], 'the values pass unchanged');
  });

  it('leaves alone what is not marked, has no parameters, or is named by Drizzle (also unnamed on purpose)', () => {
    const { calls, query } = recordingQuery();
    query({ text: 'select $1::int' }, [1]);
    query('/* reused */ select 1');
    query({ text: '/* reused */ select $1::int', name: 'inbox' }, [1]);
    query({ text: '/* reused */ select $1::int', name: '' }, [1]);
    assert.deepEqual(
      calls.map(([config]) => (typeof config === 'string' ? config : (config as { name?: string }).name)),
      [undefined, '/* reused */ select 1', 'inbox', ''],
    );
  });

  it('keeps at most 200 statements per connection; further texts run unnamed', () => {
    const { calls, query } = recordingQuery();
    for (let i = 0; i < 201; i += 1) query({ text: `/* reused */ select $1::int + ${i}` }, [i]);
    assert.equal(new Set(calls.map(([config]) => (config as { name?: string }).name)).size, 201, '200 names and undefined');
    assert.equal((calls.at(-1)![0] as { name?: string }).name, undefined);
  });

  it('on PostgreSQL a marked statement is prepared on its connection and answers as before; an unmarked one is not', { skip: NEEDS_POSTGRES }, async () => {
    const fresh = await createFreshDatabase();
    const handle = openPostgres(fresh.url, 1);
    try {
      const twice = async (n: number) => queryRows<{ n: number }>(handle.db, reusedStatement(sql`select ${n}::int + 1 as n`));
      assert.deepEqual([await twice(1), await twice(41)], [[{ n: 2 }], [{ n: 42 }]]);
      await queryRows(handle.db, sql`select ${1}::int as unmarked`);
      const prepared = await queryRows<{ statement: string }>(handle.db, sql`select statement from pg_prepared_statements`);
      assert.deepEqual(
        prepared.map((row) => row.statement),
        ['/* reused */ select $1::int + 1 as n'],
      );
    } finally {
      await handle.close();
      await fresh.drop();
    }
  });
});
