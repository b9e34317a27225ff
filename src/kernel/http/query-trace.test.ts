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
    // On PostgreSQL the query cache keeps nothing until its LISTEN connection is up.
    while (!traced.database.handle.changes.live) await new Promise((done) => setTimeout(done, 10));
  });
  after(() => Promise.all([traced.close(), plain.close()]));

  it('counts and times each request’s queries in a Server-Timing header, on either database driver', async () => {
    const health = await traced.app.inject('/healthz');
    assert.match(String(health.headers['server-timing']), /^db;dur=\d+(\.\d+)?;desc="1 queries"$/);
    // Anonymous: no session lookup; the catalogue's page with its total in one statement, and its Fachbereiche…
    const catalogue = await traced.app.inject('/leistungen');
    assert.match(String(catalogue.headers['server-timing']), /desc="2 queries"/);
    // …which the next catalogue page reads from the query cache (ADR 16), as the vocabulary for typos
    // after the first search.
    const search = await traced.app.inject('/leistungen?q=hund');
    assert.match(String(search.headers['server-timing']), /desc="2 queries"/);
    const next = await traced.app.inject('/leistungen?q=gewerbe');
    assert.match(String(next.headers['server-timing']), /desc="1 queries"/);
  });

  it('is off by default: no header, no trace', async () => {
    const health = await plain.app.inject('/healthz');
    assert.equal(health.headers['server-timing'], undefined);
  });
});
