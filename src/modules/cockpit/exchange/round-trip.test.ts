import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { errorMessages, tableRows } from '../../../../tests/support/html';
import { staffMember } from '../../../../tests/support/people';
import { freePort } from '../../../../tests/support/server-process';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { insertFigures } from '../exports/test-support';
import { PATHS, STAFF_PATHS } from '../paths';
import { COORDINATE_PERMISSION } from '../policies';
import { insertCockpitFixture } from '../test-support';

/**
 * Our feed (Iserlohn) served over HTTP by one portal and imported by a second one configured as the
 * second town (Menden): its comparison shows Iserlohn's figures and measures as Iserlohn serves them.
 */
describe('exchange round trip: Iserlohn’s feed imported into Menden', () => {
  let iserlohn: TestApp;
  let menden: TestApp;
  let base: string;
  before(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    iserlohn = await createTestApp({ env: { BASE_URL: base } });
    await iserlohn.app.listen({ port, host: '127.0.0.1' });
    await insertCockpitFixture(iserlohn.db);
    await insertFigures(iserlohn.db);
    menden = await createTestApp({ env: { CONFIG_FILE: resolve(PROJECT_ROOT, 'config/menden.json') } });
  });
  after(async () => {
    await menden?.close();
    await iserlohn?.close();
  });

  it('shows the same figures and measures on Menden’s comparison page', async () => {
    const coordinator = await staffMember(menden, [], { permissions: [COORDINATE_PERMISSION] });
    const added = await coordinator.submit(STAFF_PATHS.comparison, { url: `${base}${PATHS.feed}` });
    assert.equal(added.statusCode, 303, errorMessages(added.body).join(' | '));
    const page = await coordinator.get(STAFF_PATHS.comparison);
    assert.match(page.body, /<th scope="col" class="numeric">Menden \(Sauerland\)<\/th><th scope="col" class="numeric">Iserlohn<\/th>/);
    assert.deepEqual(tableRows(page.body), [
      ['Leistungen ohne persönliches Erscheinen', '—', '62,5 %'],
      ['WLAN-Hotspots online', '—', '48'],
    ]);
    assert.deepEqual(tableRows(page.body, 'section table'), [
      ['Bürgerplattform', 'Abgeschlossen', '100 %', '30.09.2026', '0 von 0'],
      ['Freies WLAN in der Innenstadt', 'In Umsetzung', '40 %', '30.06.2027', '1 von 2'],
    ]);
    assert.match(page.body, /Gemeindeschlüssel 05962024/);
    assert.match(page.body, new RegExp(`${base.replaceAll('.', '\\.')}${PATHS.feed}`));
  });

  it('serves Menden’s own feed, schema and figures without a trace of Iserlohn', async () => {
    for (const path of [PATHS.feed, PATHS.feedSchema, PATHS.feedCsv, PATHS.measuresCsv, PATHS.measuresJson]) {
      const response = await menden.client().get(path);
      assert.equal(response.statusCode, 200, path);
      assert.doesNotMatch(response.body, /iserlohn|05962024/i, path);
    }
    const feed = JSON.parse((await menden.client().get(PATHS.feed)).body) as { municipality: { name: string; ags: string } };
    assert.deepEqual([feed.municipality.name, feed.municipality.ags], ['Menden (Sauerland)', '05962040']);
  });
});
