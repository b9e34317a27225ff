import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { wlanGapReports } from '../tables';
import { seedGapDemo } from './demo';

describe('demo gap reports', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it("seeds the pack's reports in every state, numbered by date, without contact data, once", async () => {
    await seedGapDemo(t.deps);
    await seedGapDemo(t.deps);
    const rows = await t.db.select().from(wlanGapReports);
    assert.equal(rows.length, 8);
    assert.deepEqual([...new Set(rows.map((row) => row.state))].sort(), ['confirmed', 'new', 'planned', 'rejected', 'resolved']);
    assert.ok(rows.every((row) => row.contactEmail === null && row.photoKey === null));
    const byDate = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    assert.deepEqual(
      byDate.map((row) => row.reference),
      [...byDate.map((row) => row.reference)].sort(),
    );
    assert.ok(rows.filter((row) => row.state === 'resolved' || row.state === 'rejected').every((row) => row.closedAt !== null));
  });
});
