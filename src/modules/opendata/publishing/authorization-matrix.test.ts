/**
 * Who may open which page and do what in the publishing section `/verwaltung/daten`: the section is
 * for staff with `opendata.publish`; inside it, the person's role in the object's organisation
 * decides. Forbidden answers look like missing ones (404). The table is the specification.
 */
import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { auditLog } from '../../../kernel/audit';
import { citizen, createAccount, personWith, staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createCkanToken } from '../access/api-tokens';
import { listResources } from '../repository/datasets';
import { datastoreTables } from '../tables/datastore';
import { addMember, createDataset, createOrganization } from '../test-support';
import { ACTORS, MATRIX, type ActorName, type Fixture } from './authorization-rows';
import { createHarvestedDataset, createModuleDataset, publisher } from './test-support';

/** A page with a form every actor can open, for a CSRF token: a forbidden POST must fail on authorization, not on CSRF. */
const TOKEN_PAGE = '/barrierefreiheit/barriere-melden';
const CSV = Buffer.from('a;b\n1;2\n');

describe('authorization matrix of publishing', () => {
  let t: TestApp;
  const people = new Map<ActorName, Person>();
  let cityId: string;
  let counter = 0;

  before(async () => {
    t = await createTestApp();
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const works = await createOrganization(t, { title: 'Stadtwerke Iserlohn', kind: 'company' });
    cityId = city.id;
    people.set('anonymous', { client: t.client() } as Person);
    people.set('citizen', await citizen(t));
    const noPermission = await staffMember(t, [], { permissions: [] });
    await addMember(t, city.id, noPermission.id, 'admin');
    people.set('staffNoPermission', noPermission);
    people.set('cityMember', await publisher(t, city.id, 'member'));
    people.set('cityEditor', await publisher(t, city.id, 'editor'));
    people.set('cityAdmin', await publisher(t, city.id, 'admin'));
    people.set('worksEditor', await publisher(t, works.id, 'editor'));
    people.set('portalAdmin', await personWith(t, 'admin'));
  });
  after(() => t.close());

  async function fixture(): Promise<Fixture> {
    counter += 1;
    const dataset = await createDataset(t, cityId, { name: `matrix-${counter}`, state: 'draft' }, [
      { name: 'Erste', format: 'CSV' },
      { name: 'Zweite', format: 'JSON' },
    ]);
    const member = await createAccount(t, { role: 'staff' });
    const newcomer = await createAccount(t, { role: 'staff' });
    await addMember(t, cityId, member.id, 'member');
    const { id: tokenId } = await createCkanToken(t.db, people.get('cityEditor')!.id, { name: 'Abgleich', scope: 'write', expiresAt: null });
    await t.settled();
    const [resource] = await listResources(t.db, dataset.id);
    // A loaded table, so its columns' types can be changed.
    await t.db.insert(datastoreTables).values({
      resourceId: resource!.id,
      tableName: resource!.id,
      fields: [{ id: 'Anzahl', type: 'int', info: { label: 'Anzahl' } }],
      status: 'active',
      rowCount: 2,
    });
    const harvested = await createHarvestedDataset(t, cityId, { name: `geerntet-${counter}` });
    const [harvestedResource] = await listResources(t.db, harvested.id);
    const moduleDataset = await createModuleDataset(t, cityId, { name: `modul-${counter}` });
    const [moduleResource] = await listResources(t.db, moduleDataset.id);
    return {
      harvestedId: harvested.id,
      harvestedResourceId: harvestedResource!.id,
      moduleDatasetId: moduleDataset.id,
      moduleResourceId: moduleResource!.id,
      cityId,
      datasetId: dataset.id,
      datasetName: dataset.name,
      resourceId: resource!.id,
      memberId: member.id,
      tokenId,
      newcomerEmail: newcomer.email,
    };
  }

  const audited = async () => (await t.db.select({ value: count() }).from(auditLog))[0]!.value;

  for (const row of MATRIX) {
    for (const actor of ACTORS) {
      const expected = row.expect[actor] ?? (actor === 'anonymous' ? 401 : row.expect.otherwise);
      it(`${row.method} ${row.what} as ${actor} → ${expected}`, async () => {
        const fx = await fixture();
        const { client } = people.get(actor)!;
        let response: LightMyRequestResponse;
        if (row.method === 'GET') response = await client.get(row.url(fx));
        else {
          await client.get(TOKEN_PAGE);
          const before = await audited();
          response =
            row.method === 'UPLOAD'
              ? await client.postMultipart(row.url(fx), row.form!(fx), [{ field: 'file', filename: 'daten.csv', bytes: CSV }])
              : await client.post(row.url(fx), row.form!(fx));
          if (expected >= 400) assert.equal(await audited(), before, 'a refused action changes nothing');
        }
        assert.equal(response.statusCode, expected, response.body.slice(0, 300));
      });
    }
  }
});
