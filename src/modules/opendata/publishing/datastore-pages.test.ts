import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { jobs } from '../../../kernel/jobs/tables';
import { errorMessages, errorSummary, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listResources } from '../repository/datasets';
import { datastoreTables, type DatastoreField } from '../tables/datastore';
import { createDataset, createOrganization } from '../test-support';
import { PUBLISHING_PATHS } from './paths';
import { publisher } from './test-support';

const FIELDS: DatastoreField[] = [
  { id: 'Parkhaus', type: 'text', info: { label: 'Parkhaus' } },
  { id: 'frei', type: 'int', info: { label: 'frei' } },
];

describe('opendata publishing: a distribution’s DataStore table', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function withTable(table: Partial<typeof datastoreTables.$inferInsert> = {}, format = 'CSV') {
    const city = await createOrganization(t);
    const dataset = await createDataset(t, city.id, { state: 'draft' }, [{ name: 'Belegung', format }]);
    const [resource] = await listResources(t.db, dataset.id);
    await t.db
      .insert(datastoreTables)
      .values({ resourceId: resource!.id, tableName: resource!.id, fields: FIELDS, status: 'active', rowCount: 1234, ...table });
    const editor = await publisher(t, city.id);
    return { dataset, resource: resource!, editor, page: PUBLISHING_PATHS.resource(dataset.id, resource!.id) };
  }

  it('shows a running load with a progress bar, the rows and bytes so far, and a link to look again', async () => {
    const { dataset, resource, editor, page } = await withTable({ status: 'loading', fields: [], rowCount: 40, loadedBytes: 2048, totalBytes: 8192 });
    const html = parseHtml((await editor.get(page)).body);
    assert.match(textOf(html), /Lädt: 40 Zeilen geladen, 2 KB von 8 KB gelesen\./);
    const progress = html.querySelector('progress#datastore-progress');
    assert.deepEqual([progress?.getAttribute('value'), progress?.getAttribute('max')], ['2048', '8192']);
    assert.equal(html.querySelector('label[for="datastore-progress"]')?.text, 'Fortschritt des Ladens');
    assert.equal(
      html.querySelector('[data-datastore-status]')?.getAttribute('data-datastore-status'),
      PUBLISHING_PATHS.datastoreStatus(dataset.id, resource.id),
    );
    assert.match(html.querySelector('script[src^="/assets/datastore-status.js"]')?.getAttribute('src') ?? '', /\?v=/);
    assert.equal(html.querySelector(`a[href="${page}"]`)?.text, 'Aktualisieren');
    assert.equal(html.querySelector('[role="status"][aria-live="polite"]') !== null, true);
    assert.equal(html.querySelector('select[name^="type-"]'), null, 'no columns before a load completed');

    const json = await editor.get(PUBLISHING_PATHS.datastoreStatus(dataset.id, resource.id));
    assert.equal(json.headers['cache-control'], 'no-store');
    assert.deepEqual(JSON.parse(json.body), {
      state: 'loading',
      label: 'lädt',
      text: 'Lädt: 40 Zeilen geladen, 2 KB von 8 KB gelesen.',
      rowCount: 40,
      loadedBytes: 2048,
      totalBytes: 8192,
      progress: { value: 2048, max: 8192 },
      finished: false,
    });
  });

  it('names the step of an XLSX load and shows its share of the whole load, on the page and in the JSON', async () => {
    const { dataset, resource, editor, page } = await withTable({ status: 'loading', fields: [], rowCount: 0, loadedBytes: 3000, totalBytes: 10000 }, 'XLSX');
    const html = parseHtml((await editor.get(page)).body);
    assert.match(textOf(html), /Lädt \(30 %\): Tabelle wird gelesen …/);
    const progress = html.querySelector('progress#datastore-progress');
    assert.deepEqual([progress?.getAttribute('value'), progress?.getAttribute('max')], ['3000', '10000']);
    assert.equal(html.querySelector(`a[href="${page}"]`)?.text, 'Aktualisieren');
    await t.db.update(datastoreTables).set({ loadedBytes: 7500, rowCount: 2000 }).where(eq(datastoreTables.resourceId, resource.id));
    const json = JSON.parse((await editor.get(PUBLISHING_PATHS.datastoreStatus(dataset.id, resource.id))).body) as Record<string, unknown>;
    assert.deepEqual([json.text, json.progress], ['Lädt (75 %): Zeilen werden geladen … 2.000 Zeilen geladen.', { value: 7500, max: 10000 }]);
  });

  it('shows a failed load with its message and the previous table that is still served, also in the dataset’s list', async () => {
    const { dataset, editor, page } = await withTable({ status: 'failed', error: 'Zeile 3, Spalte „frei“: „viele“ ist keine ganze Zahl.', rowCount: 2 });
    const text = textOf((await editor.get(page)).body);
    assert.match(text, /Fehlgeschlagen: Zeile 3, Spalte „frei“: „viele“ ist keine ganze Zahl\. Abrufbar bleibt die bisherige Tabelle mit 2 Zeilen\./);
    assert.doesNotMatch(text, /Aktualisieren/, 'nothing runs: no link to look again');
    const rows = tableRows((await editor.get(PUBLISHING_PATHS.dataset(dataset.id))).body);
    assert.match(rows.find((row) => row[0] === 'Belegung')?.[3] ?? '', /^Fehlgeschlagen: Zeile 3/);
  });

  it('lists the columns with their types; a bad choice shows the form again with the summary and the field’s message', async () => {
    const { editor, page, dataset, resource } = await withTable();
    const html = parseHtml((await editor.get(page)).body);
    assert.match(textOf(html), /Aktiv: 1\.234 Zeilen, geladen am/);
    assert.equal(html.querySelector('h3')?.text, 'Spalten der Tabelle');
    assert.deepEqual(
      html.querySelectorAll('select[name^="type-"]').map((select) => [select.id, select.querySelector('option[selected]')?.text]),
      [
        ['type-0', 'Text'],
        ['type-1', 'Ganzzahl'],
      ],
    );
    assert.equal(html.querySelector('label[for="type-1"]')?.text, 'Spalte „frei“');
    const bad = await editor.submit(
      page,
      { 'id-0': 'Parkhaus', 'type-0': 'text', 'id-1': 'frei', 'type-1': 'zahl' },
      PUBLISHING_PATHS.datastoreColumns(dataset.id, resource.id),
    );
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(errorSummary(bad.body), [{ text: 'Wählen Sie einen Typ für die Spalte „frei“.', href: '#type-1' }]);
    assert.deepEqual(errorMessages(bad.body), ['Wählen Sie einen Typ für die Spalte „frei“.']);
    const stale = await editor.submit(page, { 'id-0': 'Name', 'type-0': 'text' }, PUBLISHING_PATHS.datastoreColumns(dataset.id, resource.id));
    assert.equal(stale.statusCode, 400);
    assert.match(errorSummary(stale.body)[0]!.text, /^Die Spalten der Tabelle haben sich geändert/);
    assert.equal((await t.db.select().from(datastoreTables))[0]!.status, 'active', 'nothing is reloaded');
  });

  it('saves the chosen types, queues the reload and writes the audit entry; an unchanged form changes nothing', async () => {
    const { editor, page, dataset, resource } = await withTable();
    const url = PUBLISHING_PATHS.datastoreColumns(dataset.id, resource.id);
    const unchanged = await editor.submit(page, { 'id-0': 'Parkhaus', 'type-0': 'text', 'id-1': 'frei', 'type-1': 'int' }, url);
    assert.equal(unchanged.statusCode, 303);
    assert.match(textOf((await editor.get(page)).body), /Sie haben keinen Typ geändert/);
    const changed = await editor.submit(page, { 'id-0': 'Parkhaus', 'type-0': 'text', 'id-1': 'frei', 'type-1': 'numeric' }, url);
    assert.equal(changed.statusCode, 303);
    assert.equal(changed.headers.location, page);
    const [table] = await t.db.select().from(datastoreTables);
    assert.equal(table?.status, 'pending');
    assert.deepEqual(table?.fields[1], { id: 'frei', type: 'int', info: { label: 'frei', type_override: 'numeric' } });
    assert.equal(table?.fields[0]?.info?.type_override, undefined, 'an unchanged column keeps its guessed type');
    assert.equal((await t.db.select().from(jobs).where(eq(jobs.kind, 'opendata.datastore.load'))).length, 1);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'opendata.datastore.types_changed'), eq(auditLog.objectId, dataset.id)));
    assert.deepEqual(entry?.details, { resource: 'Belegung', types: { frei: 'numeric' } });
    const shown = textOf((await editor.get(page)).body);
    assert.match(shown, /Die Spaltentypen sind gespeichert\. Die Datei wird mit ihnen neu geladen\./);
    assert.match(shown, /Wartet: Die Datei wird gleich in den DataStore geladen\./);
  });

  it('answers 404 for columns of a file without a table', async () => {
    const city = await createOrganization(t);
    const dataset = await createDataset(t, city.id, { state: 'draft' }, [{ name: 'Plan', format: 'PDF' }]);
    const [resource] = await listResources(t.db, dataset.id);
    const editor = await publisher(t, city.id);
    const html = (await editor.get(PUBLISHING_PATHS.resource(dataset.id, resource!.id))).body;
    assert.doesNotMatch(html, /Tabelle im DataStore/, 'a PDF has no DataStore section');
    const response = await editor.submit(
      PUBLISHING_PATHS.resource(dataset.id, resource!.id),
      { 'id-0': 'a', 'type-0': 'text' },
      PUBLISHING_PATHS.datastoreColumns(dataset.id, resource!.id),
    );
    assert.equal(response.statusCode, 404);
  });
});
