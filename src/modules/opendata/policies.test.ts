import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CurrentUser } from '../../kernel/auth';
import {
  ANONYMOUS,
  maintainedElsewhere,
  mayCreateOrganization,
  mayEditDataset,
  mayManageOrganization,
  mayReadDataset,
  publisherAccess,
  type PublisherAccess,
} from './policies';
import type { MemberCapacity } from './tables';

const CITY = 'org-stadt';
const WORKS = 'org-stadtwerke';

function person(role: CurrentUser['role'], capacities: Array<[string, MemberCapacity]> = []): PublisherAccess {
  const user: CurrentUser = { id: 'u', email: 'u@example.org', displayName: 'U', role, emailVerified: true, departments: [], permissions: new Set() };
  return publisherAccess(user, new Map(capacities));
}

const actors: Record<string, PublisherAccess> = {
  anonymous: ANONYMOUS,
  citizen: person('citizen'),
  'member of the city': person('staff', [[CITY, 'member']]),
  'editor of the city': person('staff', [[CITY, 'editor']]),
  'admin of the city': person('staff', [[CITY, 'admin']]),
  'editor of the Stadtwerke': person('staff', [[WORKS, 'editor']]),
  'portal admin': person('admin'),
};

const published = { organizationId: CITY, state: 'active' as const, private: false };
const draft = { organizationId: CITY, state: 'draft' as const, private: false };
const hidden = { organizationId: CITY, state: 'active' as const, private: true };

// Each row: what the actor may do with the city's datasets and organisation.
// read published | read draft | read private | edit | manage organisation | create organisation
const MATRIX: Record<string, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
  anonymous: [true, false, false, false, false, false],
  citizen: [true, false, false, false, false, false],
  'member of the city': [true, true, true, false, false, false],
  'editor of the city': [true, true, true, true, false, false],
  'admin of the city': [true, true, true, true, true, false],
  'editor of the Stadtwerke': [true, false, false, false, false, false],
  'portal admin': [true, true, true, true, true, true],
};

describe('opendata policies: organisations are their own part of the permission model', () => {
  for (const [name, expected] of Object.entries(MATRIX)) {
    it(`${name}: ${expected.join(', ')}`, () => {
      const access = actors[name]!;
      const actual = [
        mayReadDataset(access, published),
        mayReadDataset(access, draft),
        mayReadDataset(access, hidden),
        mayEditDataset(access, draft),
        mayManageOrganization(access, CITY),
        mayCreateOrganization(access),
      ];
      assert.deepEqual(actual, expected);
    });
  }

  it('gives the Stadtwerke editor their own organisation, not the city', () => {
    const access = actors['editor of the Stadtwerke']!;
    assert.equal(mayEditDataset(access, { organizationId: WORKS }), true);
    assert.equal(mayEditDataset(access, { organizationId: CITY }), false);
  });
});

describe('opendata policies: datasets maintained elsewhere are read-only here', () => {
  const ROWS: Array<[string, Parameters<typeof maintainedElsewhere>[0], ReturnType<typeof maintainedElsewhere>]> = [
    ['a publisher’s own dataset', { origin: 'portal', harvestSourceId: null, originRef: null }, undefined],
    [
      'a harvested one, by its source',
      { origin: 'harvest', harvestSourceId: 'source-1', originRef: 'remote-id' },
      { by: 'harvest', harvestSourceId: 'source-1' },
    ],
    [
      'a module’s, by its declaration (which names where it is made: findMaintainer)',
      { origin: 'module', harvestSourceId: null, originRef: 'services:leistungen-der-stadtverwaltung' },
      { by: 'module', originRef: 'services:leistungen-der-stadtverwaltung' },
    ],
  ];
  for (const [name, dataset, expected] of ROWS) {
    it(name, () => assert.deepEqual(maintainedElsewhere(dataset), expected));
  }
});
