import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { jobs } from '../../../kernel/jobs/tables';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { harvestRuns } from '../tables';
import { createOrganization } from '../test-support';
import { HARVEST_SOURCE_JOB, queueDueHarvests } from './jobs';
import { insertSource } from './repository';
import { fakeCkan, fixture, type CkanPackage } from './test-support';

describe('opendata harvest: the schedule', () => {
  let t: TestApp;
  let portal: Awaited<ReturnType<typeof fakeCkan>>;
  before(async () => {
    t = await createTestApp();
    portal = await fakeCkan([JSON.parse(fixture('govdata-package.json')) as CkanPackage]);
  });
  beforeEach(() => t.reset());
  after(async () => {
    await portal.close();
    await t.close();
  });

  async function sourceWith(name: string, intervalHours: number | null, lastRun?: { hoursAgo: number; status: 'running' | 'succeeded' }) {
    const organization = await createOrganization(t);
    const source = await insertSource(t.deps.db, {
      name,
      title: name,
      url: `${portal.url}/api/3`,
      kind: 'ckan',
      organizationId: organization.id,
      intervalHours,
    });
    if (lastRun) {
      await t.deps.db
        .insert(harvestRuns)
        .values({ sourceId: source.id, status: lastRun.status, startedAt: sql`now() - ${`${lastRun.hoursAgo} hours`}::interval` });
    }
    return source;
  }

  it('queues each source whose interval has passed once, and none that runs or is run by hand only', async () => {
    const never = await sourceWith('nie-geerntet', 1);
    const overdue = await sourceWith('ueberfaellig', 1, { hoursAgo: 2, status: 'succeeded' });
    await sourceWith('nur-von-hand', null);
    await sourceWith('gerade-geerntet', 24, { hoursAgo: 1, status: 'succeeded' });
    await sourceWith('laeuft-noch', 1, { hoursAgo: 2, status: 'running' });

    assert.equal(await queueDueHarvests(t.deps.db), 2);
    assert.equal(await queueDueHarvests(t.deps.db), 2, 'still due until they ran');
    const queued = await t.deps.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, HARVEST_SOURCE_JOB));
    assert.deepEqual(queued.map((job) => job.payload.sourceId).sort(), [never.id, overdue.id].sort(), 'one job per source');

    await t.worker.runOnce();
    const runs = await t.deps.db.select().from(harvestRuns).where(eq(harvestRuns.status, 'succeeded'));
    assert.ok(runs.some((run) => run.sourceId === never.id && run.created === 1));
    assert.equal(await queueDueHarvests(t.deps.db), 0, 'both ran just now');
  });
});
