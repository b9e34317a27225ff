import { after, afterEach, before, beforeEach } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { beispielstadtRoutes, startFixtureServer, type FixtureServer } from './test-support';

/**
 * The setting of the importer's tests: one app for the file, and before each test an empty database
 * and a fresh Beispielstadt server; `url` is its System. Read the fields inside the tests.
 */
export function importTestContext(): { readonly t: TestApp; readonly server: FixtureServer; readonly url: string } {
  const context = {} as { t: TestApp; server: FixtureServer; url: string };
  before(async () => (context.t = await createTestApp()));
  beforeEach(async () => {
    await context.t.reset();
    context.server = await startFixtureServer(await beispielstadtRoutes());
    context.url = `${context.server.base}/oparl/system`;
  });
  afterEach(() => context.server.close());
  after(() => context.t.close());
  return context;
}
