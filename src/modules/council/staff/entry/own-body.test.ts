import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { isNull } from 'drizzle-orm';
import { auditLog } from '../../../../kernel/audit';
import { actorOf, type Person } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { councilBodies, councilOrganizations, councilPersons } from '../../tables';
import { councilStaff } from '../test-support';
import { ownBodyId } from './own-body';

describe('council staff: the own body', () => {
  let t: TestApp;
  let first: Person;
  let second: Person;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    first = await councilStaff(t);
    second = await councilStaff(t);
  });
  after(() => t.close());

  // On PGlite the two requests run one statement at a time and cannot race; on PostgreSQL they do.
  it('is created once when two staff members make the first entries at the same moment', async () => {
    const [gremium, person] = await Promise.all([
      first.submit(STAFF_ENTRY_PATHS.newGremium, {
        name: 'Rat der Stadt',
        shortName: 'Rat',
        organizationType: 'Gremium',
        classification: '',
        startDate: '',
        endDate: '',
      }),
      second.submit(STAFF_ENTRY_PATHS.newPerson, { formOfAddress: 'Frau', title: '', givenName: 'Anna', familyName: 'Muster', affix: '' }),
    ]);
    assert.equal(gremium.statusCode, 303, gremium.body.slice(0, 500));
    assert.equal(person.statusCode, 303, person.body.slice(0, 500));
    const bodies = await t.db.select({ id: councilBodies.id }).from(councilBodies).where(isNull(councilBodies.sourceId));
    assert.equal(bodies.length, 1);
    const [organization] = await t.db.select({ bodyId: councilOrganizations.bodyId }).from(councilOrganizations);
    const [anna] = await t.db.select({ bodyId: councilPersons.bodyId }).from(councilPersons);
    assert.deepEqual([organization?.bodyId, anna?.bodyId], [bodies[0]!.id, bodies[0]!.id]);
    const created = (await t.db.select({ action: auditLog.action }).from(auditLog)).filter((row) => row.action === 'council.body.created');
    assert.equal(created.length, 1);
  });

  // Deterministic on PostgreSQL: the first transaction creates the body and holds it uncommitted while the
  // second looks; without the lock the second finds nothing and creates another. On PGlite the second waits.
  it('is created once when a second transaction looks while the first has created it but not committed', async () => {
    const actor = actorOf(first);
    const creating = t.db.transaction(async (tx) => {
      const id = await ownBodyId(tx, actor, t.config);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return id;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const looking = t.db.transaction((tx) => ownBodyId(tx, actor, t.config));
    const [created, found] = await Promise.all([creating, looking]);
    assert.equal(found, created);
    assert.equal((await t.db.select({ id: councilBodies.id }).from(councilBodies)).length, 1);
  });
});
