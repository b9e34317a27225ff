import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { links, tableRows, textOf } from '../../../../tests/support/html';
import { personWith } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listResources } from '../repository/datasets';
import { datastoreTables, harvestRuns, harvestSources } from '../tables';
import { createDataset, createOrganization } from '../test-support';
import { PUBLISHING_PATHS } from './paths';
import { publisher } from './test-support';
import { USAGE_PATHS } from '../usage/paths';

describe('opendata publishing: the overview /verwaltung/daten', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function arrange() {
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const works = await createOrganization(t, { title: 'Stadtwerke Iserlohn', kind: 'company' });
    await createDataset(t, city.id, { state: 'draft' });
    await createDataset(t, city.id, { private: true });
    await createDataset(t, city.id, {});
    const table = await createDataset(t, city.id, {}, [
      { name: 'Belegung', format: 'CSV' },
      { name: 'Standorte', format: 'CSV' },
    ]);
    await createDataset(t, works.id, { state: 'draft' });
    const [loading, broken] = await listResources(t.db, table.id);
    await t.db.insert(datastoreTables).values([
      { resourceId: loading!.id, tableName: 'belegung', fields: [], status: 'loading' },
      { resourceId: broken!.id, tableName: 'standorte', fields: [], status: 'failed', error: 'Zeile 3: zu viele Spalten.' },
    ]);
    for (const [organization, title, status] of [
      [city, 'Verkehrsdaten der Stadt', 'partial'],
      [works, 'Portal der Stadtwerke', 'succeeded'],
    ] as const) {
      const [source] = await t.db
        .insert(harvestSources)
        .values({ name: title.toLowerCase().replaceAll(' ', '-'), title, url: 'https://daten.example/api/3', kind: 'ckan', organizationId: organization.id })
        .returning();
      await t.db.insert(harvestRuns).values({ sourceId: source!.id, status, finishedAt: new Date(), created: 4, failed: status === 'partial' ? 1 : 0 });
    }
    return { city, works };
  }

  it("counts the datasets of the person's organisations by state, their table loads and harvest runs, and links the sub-pages", async () => {
    const { city } = await arrange();
    const editor = await publisher(t, city.id);
    const page = await editor.get(PUBLISHING_PATHS.overview);
    assert.equal(page.statusCode, 200);
    const rows = tableRows(page.body);
    assert.deepEqual(rows, [['Stadt Iserlohn', '1 Entwurf von Stadt Iserlohn', '1', '2', '1', '1']]);
    const text = textOf(page.body);
    assert.doesNotMatch(text, /Stadtwerke/, 'another organisation is not shown, nor its harvest');
    assert.match(text, /Verkehrsdaten der Stadt \(Stadt Iserlohn\) teilweise erfolgreich 4 neu, 0 geändert, 0 gelöscht, 1 mit Fehlern/);
    const hrefs = links(page.body, 'main a').map((link) => link.href);
    for (const href of [
      PUBLISHING_PATHS.datasets,
      PUBLISHING_PATHS.organizations,
      PUBLISHING_PATHS.tokens,
      USAGE_PATHS.overview,
      `${PUBLISHING_PATHS.datasets}?organisation=${city.id}&status=draft`,
    ]) {
      assert.ok(hrefs.includes(href), href);
    }
  });

  it('shows every organisation to the portal admins, and tells a publisher without one what to do', async () => {
    await arrange();
    const admin = await personWith(t, 'admin');
    const all = textOf((await admin.get(PUBLISHING_PATHS.overview)).body);
    assert.match(all, /Alle Organisationen/);
    assert.match(all, /Stadtwerke Iserlohn/);
    const newcomer = await publisher(t, null);
    const empty = await newcomer.get(PUBLISHING_PATHS.overview);
    assert.equal(empty.statusCode, 200);
    assert.match(textOf(empty.body), /Sie sind noch in keiner Organisation Mitglied/);
    assert.match(textOf(empty.body), /Noch keine Ernte/);
  });
});
