import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { jobs } from '../../../kernel/jobs/tables';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { councilSources } from '../tables';
import { IMPORT_SOURCE_JOB, queueDueImports } from './jobs';

describe('the import schedule', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('queues each enabled source whose interval has passed, once, and neither a disabled nor a recently run one', async () => {
    const now = new Date('2026-03-10T12:00:00Z');
    await t.db.insert(councilSources).values([
      { name: 'nie gelaufen', url: 'https://a.example/oparl/system' },
      { name: 'fällig', url: 'https://b.example/oparl/system', intervalMinutes: 60, lastRunAt: new Date('2026-03-10T10:59:00Z') },
      { name: 'gerade gelaufen', url: 'https://c.example/oparl/system', intervalMinutes: 60, lastRunAt: new Date('2026-03-10T11:30:00Z') },
      { name: 'ausgeschaltet', url: 'https://d.example/oparl/system', enabled: false },
    ]);
    assert.equal(await queueDueImports(t.db, now), 2);
    assert.equal(await queueDueImports(t.db, now), 2, 'still due, but already queued');
    const queued = await t.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, IMPORT_SOURCE_JOB));
    const names = await t.db.select({ id: councilSources.id, name: councilSources.name }).from(councilSources);
    const queuedNames = queued.map((job) => names.find((source) => source.id === (job.payload as { sourceId: string }).sourceId)!.name).sort();
    assert.deepEqual(queuedNames, ['fällig', 'nie gelaufen']);
  });
});
