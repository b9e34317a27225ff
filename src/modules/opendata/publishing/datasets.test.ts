import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { after, before, beforeEach, describe, it } from 'node:test';
import { errorMessages, errorSummary, links, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { seedCatalogue } from '../../../../tests/support/applications';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { syncModuleDatasets } from '../module-datasets/sync';
import { findDatasetByName, listResources, listRevisions } from '../repository/datasets';
import { datasets } from '../tables';
import { addMember, createDataset, createOrganization } from '../test-support';
import { PUBLISHING_PATHS } from './paths';
import { createHarvestedDataset, createModuleDataset, DATASET_FORM, publisher } from './test-support';
import { MOVE_REFUSED, STALE_EDIT } from './use-cases/update-dataset';

describe('opendata publishing: datasets in the staff workspace', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('creates a draft through the form, and shows bad input again with the error summary', async () => {
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const editor = await publisher(t, city.id);
    const bad = await editor.submit(PUBLISHING_PATHS.newDataset, {
      ...DATASET_FORM,
      organizationId: city.id,
      name: 'Park Häuser',
      contactEmail: 'max',
      licenseId: 'erfunden',
      issued: '31.12.2024',
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      errorSummary(bad.body)
        .map((error) => error.href)
        .sort(),
      ['#contactEmail', '#issued', '#licenseId', '#name'],
    );
    assert.deepEqual(errorMessages(bad.body).sort(), [
      'Der Kurzname besteht aus 2 bis 100 Kleinbuchstaben, Ziffern, - und _.',
      'Geben Sie das Datum der Veröffentlichung im Format JJJJ-MM-TT an, zum Beispiel 2026-01-31.',
      'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.',
      'Wählen Sie eine Lizenz aus der Liste aus.',
    ]);
    assert.match(bad.body, /value="Belegung der Parkhäuser"/, 'the input is kept');

    const created = await editor.post(PUBLISHING_PATHS.newDataset, { ...DATASET_FORM, organizationId: city.id });
    assert.equal(created.statusCode, 303);
    const dataset = await findDatasetByName(t.db, 'parkhaeuser-belegung');
    assert.equal(dataset?.state, 'draft');
    assert.deepEqual(dataset?.themes, ['TRAN', 'REGI']);
    assert.deepEqual(dataset?.tags, ['Parken', 'Verkehr']);
    assert.equal(dataset?.spatialKey, t.deps.config.municipality.regionalschluessel);
    assert.equal(created.headers.location, PUBLISHING_PATHS.dataset(dataset!.id));
  });

  it('lists the organisation’s datasets with drafts, filters by state and search, and hides other organisations', async () => {
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const works = await createOrganization(t, { title: 'Stadtwerke' });
    await createDataset(t, city.id, { title: 'Parkhäuser', state: 'draft' });
    await createDataset(t, city.id, { title: 'Haushalt 2026' });
    await createDataset(t, works.id, { title: 'Ladesäulen' });
    const editor = await publisher(t, city.id);
    const all = await editor.get(PUBLISHING_PATHS.datasets);
    assert.equal(all.statusCode, 200);
    assert.deepEqual(
      tableRows(all.body)
        .map((row) => row[0])
        .sort(),
      ['Haushalt 2026', 'Parkhäuser'],
    );
    const drafts = await editor.get(`${PUBLISHING_PATHS.datasets}?status=draft`);
    assert.deepEqual(
      tableRows(drafts.body).map((row) => row[0]),
      ['Parkhäuser'],
    );
    const found = await editor.get(`${PUBLISHING_PATHS.datasets}?q=haus`);
    assert.deepEqual(
      tableRows(found.body).map((row) => row[0]),
      ['Haushalt 2026'],
    );
    assert.match(textOf(found.body), /Suche: haus/);
  });

  it('saves an edit, refuses a stale one, and shows the change field by field in the history', async () => {
    const city = await createOrganization(t);
    const dataset = await createDataset(t, city.id, {
      title: 'Parkhäuser',
      state: 'draft',
      spatialKey: '059620024024',
      contributorIds: ['http://dcat-ap.de/def/contributors/openNRW'],
    });
    const editor = await publisher(t, city.id, 'editor', 'Petra Publiziert');
    const page = await editor.get(PUBLISHING_PATHS.dataset(dataset.id));
    const revision = parseHtml(page.body).querySelector('input[name="revision"]')!.getAttribute('value')!;
    const form = { ...DATASET_FORM, name: dataset.name, title: 'Parkhäuser in Iserlohn', spatialKey: '059620024024', revision };
    const saved = await editor.post(PUBLISHING_PATHS.dataset(dataset.id), form);
    assert.equal(saved.statusCode, 303);
    const stale = await editor.post(PUBLISHING_PATHS.dataset(dataset.id), { ...form, title: 'Veraltet' });
    assert.equal(stale.statusCode, 400);
    assert.deepEqual(
      errorSummary(stale.body).map((error) => error.text),
      [STALE_EDIT],
    );
    const stored = await findDatasetByName(t.db, dataset.name);
    assert.equal(stored?.title, 'Parkhäuser in Iserlohn');
    assert.deepEqual(
      [stored?.spatialKey, stored?.contributorIds],
      ['059620024024', ['http://dcat-ap.de/def/contributors/openNRW']],
      'fields the form does not show are kept',
    );

    const history = await editor.get(PUBLISHING_PATHS.history(dataset.id));
    assert.equal(history.statusCode, 200);
    const text = textOf(history.body);
    assert.match(text, /Beschreibung geändert am/);
    assert.match(text, /Von: Petra Publiziert/);
    assert.ok(tableRows(history.body).some((row) => row.join('|') === 'Titel|Parkhäuser|Parkhäuser in Iserlohn'));
  });

  it('moves a dataset to another organisation where the person edits, through the select of the form', async () => {
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const works = await createOrganization(t, { title: 'Stadtwerke Iserlohn', kind: 'company' });
    const library = await createOrganization(t, { title: 'Stadtbücherei' });
    const dataset = await createDataset(t, city.id, { title: 'Wasserverbrauch' });
    const cityOnly = await publisher(t, city.id);
    const single = await cityOnly.get(PUBLISHING_PATHS.dataset(dataset.id));
    assert.equal(parseHtml(single.body).querySelector('select[name="organizationId"]'), null, 'one organisation: nothing to choose');
    const editor = await publisher(t, city.id);
    await addMember(t, works.id, editor.id, 'editor');
    await addMember(t, library.id, editor.id, 'member');
    const page = await editor.get(PUBLISHING_PATHS.dataset(dataset.id));
    const select = parseHtml(page.body).querySelector('select[name="organizationId"]')!;
    assert.deepEqual(
      select.querySelectorAll('option').map((option) => [textOf(option), option.hasAttribute('selected')]),
      [
        ['Stadt Iserlohn', true],
        ['Stadtwerke Iserlohn', false],
      ],
      'only where the person edits, the current one chosen',
    );
    const form = { ...DATASET_FORM, name: dataset.name, title: 'Wasserverbrauch', revision: '1' };
    const refused = await editor.post(PUBLISHING_PATHS.dataset(dataset.id), { ...form, organizationId: library.id });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(
      errorSummary(refused.body).map((error) => [error.href, error.text]),
      [['#organizationId', MOVE_REFUSED]],
    );
    const moved = await editor.post(PUBLISHING_PATHS.dataset(dataset.id), { ...form, organizationId: works.id });
    assert.equal(moved.statusCode, 303);
    const stored = await findDatasetByName(t.db, dataset.name);
    assert.deepEqual([stored?.id, stored?.organizationId, stored?.revision], [dataset.id, works.id, 2]);
    const history = await editor.get(PUBLISHING_PATHS.history(dataset.id));
    assert.ok(
      tableRows(history.body).some((row) => row.join('|') === 'Organisation|Stadt Iserlohn|Stadtwerke Iserlohn'),
      'the history names the move',
    );
    assert.equal((await cityOnly.get(PUBLISHING_PATHS.dataset(dataset.id))).statusCode, 404, 'the old organisation’s editors no longer see it');
  });

  it('shows a harvested dataset read-only with its source, and refuses every change with that note (403)', async () => {
    const city = await createOrganization(t);
    const dataset = await createHarvestedDataset(t, city.id, { title: 'Wasserqualität', tags: ['Trinkwasser'] });
    const [resource] = await listResources(t.db, dataset.id);
    const editor = await publisher(t, city.id);
    const page = await editor.get(PUBLISHING_PATHS.dataset(dataset.id));
    assert.equal(page.statusCode, 200);
    const note = /Dieser Datensatz wird aus „Stadtwerke-Portal“ übernommen; ändern Sie ihn dort\. Zuletzt übernommen am 02\.03\.2026/;
    assert.match(textOf(page.body), note);
    assert.match(textOf(page.body), /Trinkwasser/);
    const html = parseHtml(page.body);
    assert.equal(html.querySelectorAll('main form').length, 0, 'no form: neither metadata nor distribution actions');
    assert.deepEqual(
      links(page.body, 'main a').map((link) => link.text),
      ['im Katalog ansehen', 'Verlauf ansehen'],
    );
    const refused = [
      await editor.post(PUBLISHING_PATHS.dataset(dataset.id), { ...DATASET_FORM, name: dataset.name, revision: '1' }),
      await editor.post(PUBLISHING_PATHS.dataset(dataset.id), { ...DATASET_FORM, title: '', revision: '1' }),
      await editor.get(PUBLISHING_PATHS.datasetState(dataset.id, 'loeschen')),
      await editor.post(PUBLISHING_PATHS.datasetState(dataset.id, 'loeschen')),
      await editor.get(PUBLISHING_PATHS.newLink(dataset.id)),
      await editor.post(PUBLISHING_PATHS.newLink(dataset.id), { name: 'API', url: 'https://api.iserlohn.example', format: 'JSON' }),
      await editor.get(PUBLISHING_PATHS.resource(dataset.id, resource!.id)),
      await editor.post(PUBLISHING_PATHS.removeResource(dataset.id, resource!.id)),
    ];
    for (const response of refused) {
      assert.equal(response.statusCode, 403);
      assert.match(textOf(response.body), note);
    }
    const stored = await findDatasetByName(t.db, dataset.name);
    assert.deepEqual([stored?.title, stored?.state, stored?.revision], ['Wasserqualität', 'active', 1], 'nothing changed');
    assert.equal((await listResources(t.db, dataset.id)).length, 1);
    assert.ok(
      tableRows((await editor.get(PUBLISHING_PATHS.datasets)).body).some((row) => row.join('|').includes('übernommen, nur zu lesen')),
      'the list marks it',
    );
  });

  it('shows the Leistungskatalog’s dataset read-only and refuses every change (403); the module keeps it current', async () => {
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    assert.equal((await syncModuleDatasets(t.deps)).created, t.deps.modules.flatMap((module) => module.openData ?? []).length);
    const dataset = (await findDatasetByName(t.db, 'leistungen-der-stadtverwaltung'))!;
    const [resource] = await listResources(t.db, dataset.id);
    const editor = await publisher(t, city.id);
    const note =
      'Dieser Datensatz wird vom Portal selbst aus dem Leistungskatalog erstellt und bei jeder Änderung aktualisiert; er kann hier nicht bearbeitet werden.';
    const page = await editor.get(PUBLISHING_PATHS.dataset(dataset.id));
    assert.equal(page.statusCode, 200);
    assert.ok(textOf(page.body).includes(note), textOf(page.body).slice(0, 500));
    assert.equal(parseHtml(page.body).querySelectorAll('main form').length, 0, 'no form: neither metadata nor distribution actions');
    const refused = [
      await editor.post(PUBLISHING_PATHS.dataset(dataset.id), { ...DATASET_FORM, name: dataset.name, revision: '1' }),
      await editor.get(PUBLISHING_PATHS.datasetState(dataset.id, 'zuruecknehmen')),
      await editor.post(PUBLISHING_PATHS.datasetState(dataset.id, 'loeschen')),
      await editor.post(PUBLISHING_PATHS.newLink(dataset.id), { name: 'API', url: 'https://api.iserlohn.example', format: 'JSON' }),
      await editor.post(PUBLISHING_PATHS.removeResource(dataset.id, resource!.id)),
    ];
    for (const response of refused) {
      assert.equal(response.statusCode, 403);
      assert.ok(textOf(response.body).includes(note));
    }
    // Each dataset names what its module makes it from (the declaration's `madeFrom`), two of one module each their own.
    const madeFrom: Array<[string, string]> = [
      ['online-antraege-pro-monat', 'den eingegangenen Online-Anträgen'],
      ['digitalisierung-massnahmen', 'den Maßnahmen des Digitalisierungs-Cockpits'],
      ['digitalisierung-kennzahlen', 'den Kennzahlen des Digitalisierungs-Cockpits'],
      ['vorschlaege-digitalisierung', 'den Vorschlägen auf „Mitmachen“'],
    ];
    for (const [name, phrase] of madeFrom) {
      const other = await editor.get(PUBLISHING_PATHS.dataset((await findDatasetByName(t.db, name))!.id));
      assert.ok(textOf(other.body).includes(`vom Portal selbst aus ${phrase} erstellt`), name);
    }
    assert.ok(
      tableRows((await editor.get(PUBLISHING_PATHS.datasets)).body).some((row) => row.join('|').includes('vom Portal erstellt, nur zu lesen')),
      'the list marks it',
    );
    // The module's own job writes through the catalogue's write path, not the guard: new Leistungen reach the dataset.
    await seedCatalogue(t);
    assert.equal((await syncModuleDatasets(t.deps)).updated, 1);
    const stored = await findDatasetByName(t.db, dataset.name);
    assert.deepEqual([stored?.state, stored?.revision], ['active', 2]);
    assert.equal((await listResources(t.db, dataset.id)).length, 2);
  });

  it('names a module dataset whose declaration is gone (its module no longer registered, or the dataset renamed) vaguely, and keeps it read-only', async () => {
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const editor = await publisher(t, city.id);
    for (const originRef of ['kita:plaetze', 'services:leistungen-2025']) {
      const dataset = await createModuleDataset(t, city.id);
      await t.db.update(datasets).set({ originRef }).where(eq(datasets.id, dataset.id));
      const page = textOf((await editor.get(PUBLISHING_PATHS.dataset(dataset.id))).body);
      assert.ok(page.includes('vom Portal selbst aus den Daten eines seiner Bereiche erstellt'), originRef);
      assert.equal((await editor.post(PUBLISHING_PATHS.datasetState(dataset.id, 'loeschen'))).statusCode, 403, originRef);
    }
  });

  it('publishes, takes back and deletes behind confirmation pages, each a revision', async () => {
    const city = await createOrganization(t);
    const dataset = await createDataset(t, city.id, { state: 'draft' });
    const editor = await publisher(t, city.id);
    const confirm = await editor.get(PUBLISHING_PATHS.datasetState(dataset.id, 'veroeffentlichen'));
    assert.equal(confirm.statusCode, 200);
    assert.match(textOf(confirm.body), /Datensatz veröffentlichen\?/);
    assert.equal((await editor.post(PUBLISHING_PATHS.datasetState(dataset.id, 'veroeffentlichen'))).statusCode, 303);
    assert.equal((await findDatasetByName(t.db, dataset.name))?.state, 'active');
    assert.equal((await editor.post(PUBLISHING_PATHS.datasetState(dataset.id, 'zuruecknehmen'))).statusCode, 303);
    assert.equal((await editor.post(PUBLISHING_PATHS.datasetState(dataset.id, 'loeschen'))).statusCode, 303);
    assert.equal((await findDatasetByName(t.db, dataset.name))?.state, 'deleted', 'kept as CKAN’s deleted, not removed');
    assert.deepEqual(
      (await listRevisions(t.db, dataset.id)).map((revision) => revision.change),
      ['deleted', 'unpublished', 'published', 'created'],
    );
    assert.equal((await editor.get(PUBLISHING_PATHS.datasetState(dataset.id, 'verschenken'))).statusCode, 404);
  });

  it('counts the drafts of the person’s organisations in "Meine Aufgaben"', async () => {
    const city = await createOrganization(t);
    const works = await createOrganization(t);
    await createDataset(t, city.id, { state: 'draft' });
    await createDataset(t, city.id, { state: 'draft' });
    await createDataset(t, works.id, { state: 'draft' });
    const editor = await publisher(t, city.id);
    const tasks = await editor.get('/verwaltung');
    assert.equal(tasks.statusCode, 200);
    const link = links(tasks.body, 'main a[href]').find((candidate) => candidate.href === `${PUBLISHING_PATHS.datasets}?status=draft`);
    assert.match(link?.text ?? '', /Entwürfe von Datensätzen/);
    assert.match(textOf(tasks.body), /2\s*Entwürfe von Datensätzen|Entwürfe von Datensätzen\s*2/);
  });
});
