import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { TEST_DATABASE_URL } from '../../../tests/support/database';
import { Listeners, settleThrough } from './changes';

const until = async (condition: () => boolean) => {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error('condition not met within 10 s');
    await new Promise((done) => setTimeout(done, 10));
  }
};

describe('table changes', () => {
  let t: TestApp;
  const heard: (string | undefined)[] = [];
  before(async () => {
    t = await createTestApp();
    t.database.handle.changes.subscribe((table) => heard.push(table));
    await until(() => t.database.handle.changes.live);
  });
  after(() => t.close());

  it('tells every listener which table changed once the change is committed, not before, and not for a rollback', async () => {
    heard.length = 0;
    await t.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into departments (id, name) values ('verworfen', 'Verworfen')`);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into departments (id, name) values ('changes-test', 'Änderungstest')`);
      assert.deepEqual(heard, [], 'nothing is announced before the commit');
    });
    await until(() => heard.includes('departments'));
    assert.deepEqual(heard, ['departments']);
  });

  it(
    'on PostgreSQL: a lost LISTEN connection makes the changes not live and says so; it comes back by itself',
    { skip: TEST_DATABASE_URL ? false : 'PGlite runs in this process: there is no connection to lose' },
    async () => {
      heard.length = 0;
      await t.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'listen stadtportal_changes'`,
      );
      await until(() => heard.includes(undefined));
      await until(() => t.database.handle.changes.live);
      heard.length = 0;
      await t.db.execute(sql`update departments set name = 'Wieder da' where id = 'changes-test'`);
      await until(() => heard.includes('departments'));
    },
  );

  it('settles many callers with few markers: those who ask while one is on its way share the next', async () => {
    const listeners = new Listeners();
    const sent: string[] = [];
    // The marker arrives a moment after it is sent, as over a connection.
    const settled = settleThrough(listeners, async (payload) => {
      sent.push(payload);
      setTimeout(() => listeners.emit(payload), 5);
    });
    const order: string[] = [];
    const first = settled().then(() => order.push('first'));
    const later = Array.from({ length: 20 }, (_, i) => settled().then(() => order.push(`later ${i}`)));
    await Promise.all([first, ...later]);
    assert.equal(sent.length, 2, 'one marker for the first caller, one shared by the 20 who asked meanwhile');
    assert.equal(order[0], 'first');
    assert.equal(order.length, 21);
  });
});
