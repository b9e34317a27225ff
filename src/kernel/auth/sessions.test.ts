import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { traceQueries, type Database, type TracedQuery } from '../db';
import { createSession, destroySession, destroyUserSessions, loadSession } from './sessions';
import { sessions, userPermissions, users } from './tables';

describe(`Sessions kept in memory (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase([]);
    db = database.handle.db;
    // On PostgreSQL nothing is kept until the LISTEN connection is up; the first reader opens it.
    await loadSession(db, 'nobody');
    while (!database.handle.changes.live) await new Promise((done) => setTimeout(done, 10));
  });
  after(() => database.close());

  async function person(email: string, role: 'citizen' | 'staff' = 'citizen'): Promise<string> {
    const [row] = await db.insert(users).values({ email, displayName: email, role }).returning({ id: users.id });
    return row!.id;
  }

  /** The session of the token, and how many statements loading it took. */
  async function load(token: string) {
    const queries: TracedQuery[] = [];
    const session = await traceQueries(queries, () => loadSession(db, token));
    return { session, queries: queries.length };
  }

  /** What a request in any process sees once the notifications of what was committed have arrived. */
  const heard = () => database.handle.changes.settled();

  it('reads a session once, then from memory, and keeps it when another session changes', async () => {
    const anna = await createSession(db, await person('anna@example.org'));
    const ben = await createSession(db, await person('ben@example.org'));
    // A read while the notification of the new people is on its way is not kept (rightly): wait for it.
    await heard();
    assert.equal((await load(anna)).queries, 1);
    assert.equal((await load(ben)).queries, 1);
    const again = await load(anna);
    assert.equal(again.queries, 0);
    assert.equal(again.session?.user.email, 'anna@example.org');
    await destroySession(db, ben);
    await heard();
    assert.equal((await load(anna)).queries, 0, "Ben's logout leaves Anna's session in memory");
    assert.equal((await load(ben)).session, null);
  });

  it('refuses a session at once after its logout, after a password change elsewhere and when it expires', async () => {
    const id = await person('clara@example.org');
    const [here, there] = [await createSession(db, id), await createSession(db, id)];
    assert.ok((await load(here)).session && (await load(there)).session);
    await destroySession(db, here);
    await heard();
    assert.equal((await load(here)).session, null);
    await destroyUserSessions(db, id);
    await heard();
    assert.equal((await load(there)).session, null);
    const soon = await createSession(db, id);
    assert.ok((await load(soon)).session);
    await db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.userId, id));
    await heard();
    assert.equal((await load(soon)).session, null);
  });

  it('reads every session again when a person or a permission changes: a disabled account is out at once', async () => {
    const id = await person('dora@example.org', 'staff');
    const token = await createSession(db, id);
    assert.deepEqual([...(await load(token)).session!.user.permissions], []);
    await db.insert(userPermissions).values({ userId: id, permission: 'applications.process' });
    await heard();
    assert.deepEqual([...(await load(token)).session!.user.permissions], ['applications.process']);
    await db
      .update(users)
      .set({ disabledAt: sql`now()` })
      .where(eq(users.id, id));
    await heard();
    assert.equal((await load(token)).session, null);
  });

  it('touches an idle session in the database, which drops it from memory with its old expiry', async () => {
    const id = await person('emil@example.org');
    const token = await createSession(db, id);
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '10 minutes'` })
      .where(eq(sessions.userId, id));
    await heard();
    assert.equal((await load(token)).queries, 2, 'read, then touched');
    await heard();
    assert.equal((await load(token)).queries, 1, 'read again after the touch');
    assert.equal((await load(token)).queries, 0);
  });

  it('never keeps a token the database does not know', async () => {
    const { session } = await load('x'.repeat(43));
    assert.equal(session, null);
    assert.equal((await load('x'.repeat(43))).queries, 1);
  });
});
