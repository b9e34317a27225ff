import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planFacts } from './sql-plan';
import { sqlShape } from './sql-shape';

describe('DataStore: reading a SQL text without running it', () => {
  it('finds functions, also by a quoted name, but not inside literals and comments', () => {
    assert.deepEqual(sqlShape(`select count(*), upper("Name"), "pg_sleep" (1) from "t" where x = 'pg_sleep(1); drop' -- ; lower(`).functions, [
      'count',
      'upper',
      'pg_sleep',
    ]);
    assert.deepEqual(sqlShape(`select $q$ ; set_config( $q$, E'\\'; now(' from t`).functions, []);
    assert.deepEqual(sqlShape('select coalesce(a, 1), cast(b as int) from t where c in (1, 2)').functions, []);
  });

  it('tells one statement from several, and reads from writes', () => {
    assert.equal(sqlShape('select 1;').severalStatements, false);
    assert.equal(sqlShape(`select ';' /* ; */`).severalStatements, false);
    assert.equal(sqlShape('select 1; select 2').severalStatements, true);
    assert.equal(sqlShape('select "delete", "into" from t').writes, false);
    assert.equal(sqlShape('with d as (delete from t returning *) select * from d').writes, true);
    assert.equal(sqlShape('select * from t for share').writes, true);
  });

  it('collects relations, function scans and writes from every level of a plan', () => {
    const plan = [
      {
        Plan: {
          'Node Type': 'Hash Join',
          Plans: [
            { 'Node Type': 'Seq Scan', 'Relation Name': 'a', Schema: 'datastore' },
            {
              'Node Type': 'Hash',
              Plans: [
                { 'Node Type': 'Function Scan', 'Function Name': 'pg_ls_dir' },
                { 'Node Type': 'ModifyTable', 'Relation Name': 'users', Schema: 'public' },
              ],
            },
          ],
        },
      },
    ];
    assert.deepEqual(planFacts(plan), {
      relations: [
        { schema: 'datastore', name: 'a' },
        { schema: 'public', name: 'users' },
      ],
      functions: ['pg_ls_dir'],
      writes: true,
    });
  });
});
