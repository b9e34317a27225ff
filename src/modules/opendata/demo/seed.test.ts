import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, count, eq, sql } from 'drizzle-orm';
import { seedDemo } from '../../../bootstrap';
import { MODULES } from '../../../registry';
import { storedBytes } from '../../../../tests/support/files';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { datasets, harvestLog, harvestRuns, memberships, organizations, resources, usageDaily } from '../tables';

describe('opendata demo: the Iserlohn pack seeded', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.deps, MODULES);
  });
  after(() => t.close());

  const total = async (table: typeof datasets | typeof organizations | typeof memberships | typeof harvestRuns | typeof harvestLog | typeof usageDaily) =>
    (await t.deps.db.select({ n: count() }).from(table))[0]!.n;

  it('creates the organisations, publishers, datasets and the recorded harvest run', async () => {
    assert.equal(await total(organizations), 6);
    assert.ok((await total(memberships)) >= 2);
    assert.ok((await total(datasets)) >= 50);
    assert.equal(await total(harvestRuns), 1);
    assert.ok((await total(harvestLog)) > 0);
  });

  it('stores each file with its size and SHA-256, readable from the file store', async () => {
    const [file] = await t.deps.db.select().from(resources).where(eq(resources.format, 'CSV')).limit(1);
    assert.ok(file?.fileKey && file.byteSize && file.checksum);
    const bytes = await storedBytes(t.deps.files, file.fileKey);
    assert.equal(bytes?.length, file.byteSize);
  });

  it('gives every public dataset 90 days of usage, busier and quieter ones, and seeds none twice', async () => {
    const perDataset = await t.deps.db
      .select({ datasetId: usageDaily.datasetId, days: count(), views: sql<number>`sum(${usageDaily.pageViews})::int` })
      .from(usageDaily)
      .groupBy(usageDaily.datasetId);
    const published = await t.deps.db
      .select({ n: count() })
      .from(datasets)
      .where(and(eq(datasets.state, 'active'), eq(datasets.private, false)));
    assert.equal(perDataset.length, published[0]!.n);
    assert.ok(perDataset.every((row) => row.days === 90 && row.views > 0));
    assert.ok(new Set(perDataset.map((row) => row.views)).size > 5, 'datasets differ in popularity');
    const rows = await total(usageDaily);
    await seedDemo(t.deps, MODULES);
    assert.equal(await total(usageDaily), rows);
  });

  it('marks what the harvest source brought as harvested, and seeds nothing twice', async () => {
    const harvested = await t.deps.db.select({ n: count() }).from(datasets).where(eq(datasets.origin, 'harvest'));
    assert.ok(harvested[0]!.n >= 3);
    const before = await total(datasets);
    await seedDemo(t.deps, MODULES);
    assert.equal(await total(datasets), before);
    assert.equal(await total(harvestRuns), 1);
  });
});
