import { after, before, beforeEach } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';

/** A test app for the file and a fresh council fixture for every test (the search's and the alerts' tests). */
export function councilTestApp(): { readonly t: TestApp; readonly fixture: CouncilFixture } {
  const state = {} as { t: TestApp; fixture: CouncilFixture };
  before(async () => (state.t = await createTestApp()));
  after(() => state.t.close());
  beforeEach(async () => {
    await state.t.reset();
    state.fixture = await insertCouncilFixture(state.t.db);
  });
  return state;
}
