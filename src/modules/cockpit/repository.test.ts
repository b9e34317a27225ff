import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/database';
import { MODULES } from '../../registry';
import { publishedMeasureChoices } from './index';
import { insertCockpitFixture } from './test-support';

let database: TestDatabase;

describe('cockpit repository', () => {
  before(async () => {
    database = await openTestDatabase(MODULES);
  });
  after(() => database.close());
  it('offers other modules the published measures by title, never an unpublished one', async () => {
    const fixture = await insertCockpitFixture(database.handle.db);
    const choices = await publishedMeasureChoices(database.handle.db);
    assert.deepEqual(
      choices.map((choice) => choice.slug),
      [fixture.portal.slug, fixture.wifi.slug],
      'Bürgerplattform before Freies WLAN; the draft is left out',
    );
  });
});
