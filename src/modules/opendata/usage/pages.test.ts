import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { personWith, staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { syncModuleDatasets } from '../module-datasets/sync';
import { OPENDATA_PATHS } from '../paths';
import { publisher } from '../publishing/test-support';
import { addMember, createDataset, createOrganization } from '../test-support';
import { addDays, usageDay } from './days';
import { USAGE_PATHS } from './paths';
import { addUsage } from './repository';

const today = usageDay(new Date());

/**
 * "Nutzung" in the workspace, "Meistgenutzt" on /daten and the open dataset, on one arranged set of
 * figures: the city's three datasets (one a draft, one private), the works' one.
 */
describe('opendata usage: the pages and the open dataset', () => {
  let t: TestApp;
  let ids: Record<'parken' | 'baustellen' | 'entwurf' | 'intern' | 'strom', string>;
  let cityId: string;
  let worksId: string;
  let cityMember: Person;
  let worksEditor: Person;

  before(async () => {
    t = await createTestApp();
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const works = await createOrganization(t, { title: 'Stadtwerke Iserlohn', kind: 'company' });
    cityId = city.id;
    worksId = works.id;
    ids = {
      parken: (await createDataset(t, city.id, { name: 'parken', title: 'Parkhäuser' })).id,
      baustellen: (await createDataset(t, city.id, { name: 'baustellen', title: 'Baustellen' })).id,
      entwurf: (await createDataset(t, city.id, { name: 'entwurf', title: 'Entwurf', state: 'draft' })).id,
      intern: (await createDataset(t, city.id, { name: 'intern', title: 'Intern', private: true })).id,
      strom: (await createDataset(t, works.id, { name: 'strom', title: 'Stromverbrauch' })).id,
    };
    const figures = (datasetName: string, day: string, pageViews: number, downloads: number, apiCalls: number) => ({
      datasetName,
      day,
      pageViews,
      downloads,
      apiCalls,
    });
    await addUsage(t.db, [
      figures('parken', today, 10, 1, 0),
      figures('parken', addDays(today, -40), 100, 0, 0),
      figures('baustellen', today, 4, 7, 3),
      figures('baustellen', addDays(today, -1), 1, 0, 0),
      figures('intern', today, 500, 500, 500),
      figures('strom', addDays(today, -2), 2, 2, 2),
    ]);
    cityMember = await publisher(t, city.id, 'member');
    worksEditor = await publisher(t, works.id, 'editor');
  });
  after(() => t.close());

  it('shows an organisation’s members its datasets with the last 30 days and the totals, sortable', async () => {
    const page = await cityMember.client.get(USAGE_PATHS.overview);
    assert.equal(page.statusCode, 200);
    assert.deepEqual(tableRows(page.body), [
      ['Intern', '500', '500', '500', '500', '500', '500'],
      ['Parkhäuser', '10', '1', '0', '110', '1', '0'],
      ['Baustellen', '5', '7', '3', '5', '7', '3'],
      ['Entwurf Entwurf', '0', '0', '0', '0', '0', '0'],
    ]);
    const byDownloads = await cityMember.client.get(`${USAGE_PATHS.overview}?organisation=${cityId}&sortierung=downloads`);
    assert.deepEqual(
      tableRows(byDownloads.body).map((row) => row[0]),
      ['Intern', 'Baustellen', 'Parkhäuser', 'Entwurf Entwurf'],
    );
    assert.match(textOf(parseHtml(byDownloads.body).querySelector('nav[aria-label="Sortierung"]')!), /Sortiert nach: Seitenaufrufen · Downloads · API-Abrufen/);
  });

  it('shows a dataset’s days as a chart with the table of every day', async () => {
    const page = await cityMember.client.get(USAGE_PATHS.dataset(ids.baustellen));
    assert.equal(page.statusCode, 200);
    const html = parseHtml(page.body);
    assert.ok(html.querySelector('.chart-with-table svg'), 'a chart');
    const rows = tableRows(page.body, '.chart-with-table table');
    assert.equal(rows.length, 30);
    assert.deepEqual(rows.at(-1)!.slice(1), ['4', '7', '3']);
    assert.deepEqual(rows.at(-2)!.slice(1), ['1', '0', '0']);
    assert.match(textOf(html.querySelector('main')!), /In den letzten 30 Tagen: 5 Seitenaufrufe, 7 Downloads und 3 API-Abrufe/);
    assert.equal(tableRows((await cityMember.client.get(`${USAGE_PATHS.dataset(ids.baustellen)}?tage=90`)).body, '.chart-with-table table').length, 90);
  });

  it('shows another organisation’s figures to nobody but its members and the portal’s admins (404)', async () => {
    const own = await worksEditor.client.get(USAGE_PATHS.overview);
    assert.deepEqual(
      tableRows(own.body).map((row) => row[0]),
      ['Stromverbrauch'],
    );
    assert.equal((await worksEditor.client.get(`${USAGE_PATHS.overview}?organisation=${cityId}`)).statusCode, 404);
    assert.equal((await worksEditor.client.get(USAGE_PATHS.dataset(ids.parken))).statusCode, 404);
    assert.equal((await worksEditor.client.get(USAGE_PATHS.dataset('kein-uuid'))).statusCode, 404);
    const noPermission = await staffMember(t, [], { permissions: [] });
    assert.equal((await noPermission.client.get(USAGE_PATHS.overview)).statusCode, 404);
    assert.equal((await t.client().get(USAGE_PATHS.overview)).statusCode, 401, 'a visitor is asked to log in, as everywhere in the workspace');
    const admin = await personWith(t, 'admin');
    assert.equal((await admin.client.get(USAGE_PATHS.dataset(ids.strom))).statusCode, 200);
    assert.equal((await admin.client.get(`${USAGE_PATHS.overview}?organisation=${cityId}`)).statusCode, 200);
  });

  it('opens on the person’s own organisation, also for a portal admin who sees every one', async () => {
    const admin = await personWith(t, 'admin');
    await addMember(t, worksId, admin.id, 'editor');
    assert.deepEqual(
      tableRows((await admin.client.get(USAGE_PATHS.overview)).body).map((row) => row[0]),
      ['Stromverbrauch'],
    );
  });

  it('lists the most used public datasets of the last 30 days on /daten, beside the newest', async () => {
    const page = await t.client().get(OPENDATA_PATHS.catalogue);
    const section = parseHtml(page.body).querySelector('section[aria-labelledby="meistgenutzt"]');
    assert.ok(section, 'a "Meistgenutzt" section');
    const titles = section.querySelectorAll('h3').map((heading) => textOf(heading));
    assert.deepEqual(titles, ['Baustellen', 'Parkhäuser', 'Stromverbrauch']);
  });

  it('publishes the daily figures of the public datasets, complete days only, as a dataset with CSV', async () => {
    await syncModuleDatasets(t.deps);
    await t.settled();
    const dataset = await t.client().get(OPENDATA_PATHS.dataset('nutzung-des-transparenzportals'));
    assert.equal(dataset.statusCode, 200);
    assert.match(dataset.body, /Nutzung des Transparenzportals/);
    const csv = await t.client().get(`${OPENDATA_PATHS.dataset('nutzung-des-transparenzportals')}/export.csv`);
    assert.equal(csv.statusCode, 200);
    assert.deepEqual(csv.body.trim().split('\r\n'), [
      'tag,datensatz,seitenaufrufe,downloads,api_abrufe',
      `${addDays(today, -40)},parken,100,0,0`,
      `${addDays(today, -2)},strom,2,2,2`,
      `${addDays(today, -1)},baustellen,1,0,0`,
    ]);
  });
});
