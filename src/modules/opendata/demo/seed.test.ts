import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { seedDemo } from '../../../bootstrap';
import { MODULES } from '../../../registry';
import { storedBytes } from '../../../../tests/support/files';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { datasets, harvestLog, harvestRuns, memberships, organizations, resources } from '../tables';

describe('opendata demo: the Iserlohn pack seeded', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.deps, MODULES);
  });
  after(() => t.close());

  const total = async (table: typeof datasets | typeof organizations | typeof memberships | typeof harvestRuns | typeof harvestLog) =>
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

  it('marks what the harvest source brought as harvested, and seeds nothing twice', async () => {
    const harvested = await t.deps.db.select({ n: count() }).from(datasets).where(eq(datasets.origin, 'harvest'));
    assert.ok(harvested[0]!.n >= 3);
    const before = await total(datasets);
    await seedDemo(t.deps, MODULES);
    assert.equal(await total(datasets), before);
    assert.equal(await total(harvestRuns), 1);
  });
});
