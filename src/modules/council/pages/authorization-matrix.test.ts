/**
 * Who sees what of the non-public council information on the pages (issue 13, point 8): every page
 * and document of /rat for every kind of actor. A council member sees the non-public papers, items
 * and files of the Gremien of their current memberships, staff with `council.manage` all of them,
 * everyone else nothing, and a hidden object answers exactly like a missing one (404). The tables
 * are the specification.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../../tests/support/authorization-matrix';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PAGE_PATHS } from '../paths';
import { MANAGE_PERMISSION } from '../policies';
import { councilFiles, councilMemberAccounts } from '../tables';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';

type ActorName = 'anonymous' | 'citizen' | 'committeeMember' | 'ratMember' | 'staffWithout' | 'councilStaff' | 'admin';
const ACTORS: ActorName[] = ['anonymous', 'citizen', 'committeeMember', 'ratMember', 'staffWithout', 'councilStaff', 'admin'];

/** Only those who may see the committee's non-public part; the Rat's member does not sit in the committee. */
const NON_PUBLIC = { committeeMember: 200, councilStaff: 200, admin: 200, otherwise: 404 };
const EVERYONE = { otherwise: 200 };

const MATRIX: MatrixRow<ActorName, CouncilFixture>[] = [
  { what: 'meeting', method: 'GET', url: (fx) => PAGE_PATHS.meeting(fx.meeting.id), expect: EVERYONE },
  { what: 'public paper', method: 'GET', url: (fx) => PAGE_PATHS.paper(fx.papers.publicId), expect: EVERYONE },
  { what: 'non-public paper', method: 'GET', url: (fx) => PAGE_PATHS.paper(fx.papers.nonPublicId), expect: NON_PUBLIC },
  { what: 'public document', method: 'GET', url: (fx) => PAGE_PATHS.file(fx.files.publicId), expect: EVERYONE },
  { what: 'non-public document', method: 'GET', url: (fx) => PAGE_PATHS.file(fx.files.nonPublicId), expect: NON_PUBLIC },
  { what: 'Gremium', method: 'GET', url: (fx) => PAGE_PATHS.organization(fx.committee.slug), expect: EVERYONE },
  { what: 'person', method: 'GET', url: (fx) => PAGE_PATHS.person(fx.persons.anna), expect: EVERYONE },
];

/** Which actors read the non-public agenda item's title on the meeting page (the others read only that a non-public part exists). */
const SEES_NON_PUBLIC_ITEM: Record<ActorName, boolean> = {
  anonymous: false,
  citizen: false,
  committeeMember: true,
  ratMember: false,
  staffWithout: false,
  councilStaff: true,
  admin: true,
};

describe('authorization matrix of the council pages', () => {
  let t: TestApp;
  const clients = new Map<ActorName, MatrixClient>();
  const accounts: Partial<Record<'committeeMember' | 'ratMember', string>> = {};

  before(async () => {
    t = await createTestApp();
    const committeeMember = await citizen(t);
    const ratMember = await citizen(t);
    accounts.committeeMember = committeeMember.id;
    accounts.ratMember = ratMember.id;
    clients.set('anonymous', t.client());
    clients.set('citizen', await citizen(t));
    clients.set('committeeMember', committeeMember);
    clients.set('ratMember', ratMember);
    clients.set('staffWithout', await staffMember(t, [], { permissions: [] }));
    clients.set('councilStaff', await staffMember(t, [], { permissions: [MANAGE_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin', permissions: [] }));
  });
  after(() => t.close());

  /** A fresh council each time, its documents stored, and the two accounts linked to its persons. */
  async function fixture(): Promise<CouncilFixture> {
    const fx = await insertCouncilFixture(t.db);
    for (const id of [fx.files.publicId, fx.files.nonPublicId]) {
      await t.deps.files.put(`council/${id}`, Buffer.from('%PDF-1.4'), { contentType: 'application/pdf' });
      await t.db
        .update(councilFiles)
        .set({ storageKey: `council/${id}` })
        .where(eq(councilFiles.id, id));
    }
    for (const [actor, personId] of [
      ['committeeMember', fx.persons.anna],
      ['ratMember', fx.persons.beate],
    ] as const) {
      await t.db.delete(councilMemberAccounts).where(eq(councilMemberAccounts.userId, accounts[actor]!));
      await t.db.insert(councilMemberAccounts).values({ userId: accounts[actor]!, personId });
    }
    await t.settled();
    return fx;
  }

  runAuthorizationMatrix({ rows: MATRIX, actors: ACTORS, clients, fixture, snapshot: async () => null });

  for (const actor of ACTORS) {
    it(`the meeting page ${SEES_NON_PUBLIC_ITEM[actor] ? 'shows' : 'hides'} the non-public agenda item for ${actor}`, async () => {
      const fx = await fixture();
      const { body } = await clients.get(actor)!.get(PAGE_PATHS.meeting(fx.meeting.id));
      assert.equal(body.includes('Verkauf einer Teilfläche'), SEES_NON_PUBLIC_ITEM[actor]);
      assert.equal(body.includes('Diese Sitzung hat auch einen nicht öffentlichen Teil'), !SEES_NON_PUBLIC_ITEM[actor]);
      assert.equal(body.includes(PAGE_PATHS.file(fx.files.nonPublicId)), false, 'the non-public paper’s file is not a document of the meeting');
    });
  }
});
