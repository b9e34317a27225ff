import { after, before, beforeEach } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { insertPagesFixture } from './test-support';

/**
 * The pages' tests share this: one test app per file, emptied before each test and given the pages
 * fixture; `get` asks as an anonymous visitor once every change has been heard (the page cache).
 */
export function councilPagesContext() {
  const context = {} as { t: TestApp; council: Awaited<ReturnType<typeof insertPagesFixture>> };
  before(async () => {
    context.t = await createTestApp();
  });
  after(() => context.t.close());
  beforeEach(async () => {
    await context.t.reset();
    context.council = await insertPagesFixture(context.t.db);
  });
  const get = async (url: string) => {
    await context.t.settled();
    return context.t.app.inject(url);
  };
  return { context, get };
}
