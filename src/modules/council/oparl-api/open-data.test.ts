import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MODULES } from '../../../registry';
import { oparlOpenData } from '../open-data';
import { OPARL_PATHS } from '../paths';
import { insertCouncilFixture } from '../test-support';

interface Resource {
  format: string;
  url: string;
  name: string;
}

/** Point 6: the OParl API as a dataset of the Transparenzportal, its entry point as the distribution. */
describe('OParl API in the Transparenzportal', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await insertCouncilFixture(t.db);
    await t.settled();
    // The city's organisation comes from the open-data demo, which publishes the modules' datasets as it seeds.
    for (const module of MODULES.filter((candidate) => ['admin', 'opendata'].includes(candidate.id))) await module.seedDemo?.(t.deps);
  });
  after(() => t.close());

  it('counts what the API serves per type, nothing non-public', async () => {
    const rows = await oparlOpenData.rows(t.deps);
    const objects = Object.fromEntries(rows.map((row) => [String(row.oparl_type).split('/').pop(), row.objects]));
    assert.deepEqual(objects, {
      Body: 1,
      LegislativeTerm: 1,
      Organization: 3,
      Person: 2,
      Membership: 4,
      Meeting: 1,
      AgendaItem: 1,
      Paper: 1,
      Consultation: 2,
      File: 1,
      Location: 1,
    });
  });

  it('is published with the System URL as its API distribution', async () => {
    const response = await t.app.inject(`/api/3/action/package_show?id=${oparlOpenData.name}`);
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    const resources = (JSON.parse(response.body) as { result: { resources: Resource[] } }).result.resources;
    const api = resources.find((resource) => resource.name === 'OParl-Schnittstelle (System)');
    assert.equal(api?.url, `${t.config.baseUrl}${OPARL_PATHS.system}`);
    assert.equal(api?.format, 'JSON');
    assert.equal((await t.app.inject(OPARL_PATHS.system)).statusCode, 200);
  });
});
