import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { createUser, type CurrentUser } from '../../kernel/auth';
import { councilModule } from './index';
import { councilViewerOf, MANAGE_PERMISSION, maySeeNonPublic, PUBLIC_VIEWER } from './policies';
import { councilMemberAccounts, councilMemberships } from './tables';
import { insertCouncilFixture, type CouncilFixture } from './test-support';

const TODAY = '2026-03-01';

function citizenActor(id: string): CurrentUser {
  return { id, email: `${id}@example.org`, displayName: 'Ratsmitglied', role: 'citizen', emailVerified: true, departments: [], permissions: new Set() };
}

describe(`Who sees non-public council information (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let council: CouncilFixture;
  let annaAccount: string;
  let beateAccount: string;
  let unlinkedAccount: string;
  before(async () => {
    database = await openTestDatabase([councilModule]);
    const { db } = database.handle;
    council = await insertCouncilFixture(db);
    annaAccount = (await createUser(db, { email: 'anna@example.org', displayName: 'Anna Muster' })).id;
    beateAccount = (await createUser(db, { email: 'beate@example.org', displayName: 'Beate Beispiel' })).id;
    unlinkedAccount = (await createUser(db, { email: 'nobody@example.org', displayName: 'Niemand' })).id;
    await db.insert(councilMemberAccounts).values([
      { userId: annaAccount, personId: council.persons.anna },
      { userId: beateAccount, personId: council.persons.beate },
    ]);
  });
  after(() => database.close());

  it('gives visitors and accounts without a linked person nothing non-public', async () => {
    const { db } = database.handle;
    assert.deepEqual(await councilViewerOf(null, db, TODAY), PUBLIC_VIEWER);
    assert.deepEqual(await councilViewerOf(citizenActor(unlinkedAccount), db, TODAY), PUBLIC_VIEWER);
  });

  it('lets a council member see what belongs to the Gremien of their current memberships, and nothing else', async () => {
    const { db } = database.handle;
    const anna = await councilViewerOf(citizenActor(annaAccount), db, TODAY);
    const beate = await councilViewerOf(citizenActor(beateAccount), db, TODAY);
    assert.equal(maySeeNonPublic(anna, [council.committee.id]), true);
    assert.equal(maySeeNonPublic(beate, [council.committee.id]), false, 'Beate sits in the Rat only');
    assert.equal(maySeeNonPublic(beate, [council.rat.id]), true);
  });

  it('ends with the membership, and does not start before it', async () => {
    const { db } = database.handle;
    await db.update(councilMemberships).set({ endDate: '2026-02-28' }).where(eq(councilMemberships.personId, council.persons.beate));
    assert.deepEqual(await councilViewerOf(citizenActor(beateAccount), db, TODAY), PUBLIC_VIEWER);
    assert.deepEqual(await councilViewerOf(citizenActor(annaAccount), db, '2025-10-01'), PUBLIC_VIEWER, 'before the term started');
  });

  it('shows staff with the council permission everything, and staff without it nothing', async () => {
    const { db } = database.handle;
    const staff = { ...citizenActor(unlinkedAccount), role: 'staff' as const };
    assert.deepEqual(await councilViewerOf({ ...staff, permissions: new Set([MANAGE_PERMISSION]) }, db, TODAY), { kind: 'all' });
    assert.deepEqual(await councilViewerOf(staff, db, TODAY), PUBLIC_VIEWER);
  });
});
