import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedCatalogue } from '../../../tests/support/applications';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';

describe('query trace (TRACE_QUERIES)', () => {
  let traced: TestApp;
  let plain: TestApp;
  before(async () => {
    [traced, plain] = await Promise.all([createTestApp({ env: { TRACE_QUERIES: 'true' } }), createTestApp()]);
    await seedCatalogue(traced);
  });
  after(() => Promise.all([traced.close(), plain.close()]));

  it('counts and times each request’s queries in a Server-Timing header, on either database driver', async () => {
    const health = await traced.app.inject('/healthz');
    assert.match(String(health.headers['server-timing']), /^db;dur=\d+(\.\d+)?;desc="1 queries"$/);
    // Anonymous: no session lookup; the catalogue's count, hits and Fachbereiche.
    const catalogue = await traced.app.inject('/leistungen');
    assert.match(String(catalogue.headers['server-timing']), /desc="3 queries"/);
  });

  it('is off by default: no header, no trace', async () => {
    const health = await plain.app.inject('/healthz');
    assert.equal(health.headers['server-timing'], undefined);
  });
});
