import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { errorMessages } from '../../../../tests/support/html';
import { filesBelow, storedBytes } from '../../../../tests/support/files';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listResources } from '../repository/datasets';
import { organizations } from '../tables';
import { createDataset, createOrganization } from '../test-support';
import { PUBLISHING_PATHS } from './paths';
import { publisher } from './test-support';

const CSV = Buffer.from('parkhaus;frei\nSchillerplatz;120\nTheater;87\n');

describe('opendata publishing: distributions', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function editorWithDataset(limit?: number) {
    const city = await createOrganization(t, limit ? { uploadLimitBytes: limit } : {});
    const dataset = await createDataset(t, city.id, { state: 'draft' });
    return { city, dataset, editor: await publisher(t, city.id) };
  }

  it('uploads a CSV through the multipart form: stored with size, SHA-256 and the format guessed', async () => {
    const { dataset, editor } = await editorWithDataset();
    await editor.get(PUBLISHING_PATHS.newUpload(dataset.id));
    const response = await editor.postMultipart(PUBLISHING_PATHS.newUpload(dataset.id), { name: '', description: 'Stand heute', format: '' }, [
      { field: 'file', filename: 'belegung.csv', bytes: CSV, contentType: 'text/csv' },
    ]);
    assert.equal(response.statusCode, 303, response.body.slice(0, 500));
    const [resource] = await listResources(t.db, dataset.id);
    assert.equal(resource?.name, 'belegung.csv');
    assert.equal(resource?.format, 'CSV');
    assert.equal(resource?.byteSize, CSV.length);
    assert.equal(resource?.checksum, (await import('node:crypto')).createHash('sha256').update(CSV).digest('hex'));
    assert.deepEqual(await storedBytes(t.deps.files, resource!.fileKey!), CSV);
  });

  it('refuses a file over the organisation’s limit and keeps nothing of it', async () => {
    const { city, dataset, editor } = await editorWithDataset(20);
    await editor.get(PUBLISHING_PATHS.newUpload(dataset.id));
    const stored = () => filesBelow(join(t.deps.config.dataDir, 'files')).length;
    const before = stored();
    const response = await editor.postMultipart(PUBLISHING_PATHS.newUpload(dataset.id), { format: '' }, [
      { field: 'file', filename: 'belegung.csv', bytes: CSV },
    ]);
    assert.equal(response.statusCode, 400);
    const [organization] = await t.db.select().from(organizations).where(eq(organizations.id, city.id));
    assert.deepEqual(errorMessages(response.body), [
      `Die Datei „belegung.csv“ ist zu groß. Für ${organization!.title} darf eine Datei höchstens 1 KB groß sein.`,
    ]);
    assert.deepEqual(await listResources(t.db, dataset.id), []);
    assert.equal(stored(), before, 'the refused file is deleted from the store');
  });

  it('asks for a file and for the format it cannot tell, keeping nothing meanwhile', async () => {
    const { dataset, editor } = await editorWithDataset();
    await editor.get(PUBLISHING_PATHS.newUpload(dataset.id));
    const stored = () => filesBelow(join(t.deps.config.dataDir, 'files')).length;
    const before = stored();
    const none = await editor.postMultipart(PUBLISHING_PATHS.newUpload(dataset.id), { format: '' });
    assert.equal(none.statusCode, 400);
    assert.deepEqual(errorMessages(none.body), ['Wählen Sie eine Datei aus.']);
    const unknown = await editor.postMultipart(PUBLISHING_PATHS.newUpload(dataset.id), { format: '' }, [{ field: 'file', filename: 'messwerte', bytes: CSV }]);
    assert.equal(unknown.statusCode, 400);
    assert.match(errorMessages(unknown.body)[0]!, /Format der Datei ließ sich nicht erkennen/);
    assert.equal(stored(), before);
    const chosen = await editor.postMultipart(PUBLISHING_PATHS.newUpload(dataset.id), { format: 'CSV', name: 'Messwerte' }, [
      { field: 'file', filename: 'messwerte', bytes: CSV },
    ]);
    assert.equal(chosen.statusCode, 303);
    assert.deepEqual(
      (await listResources(t.db, dataset.id)).map((row) => [row.name, row.format, row.mediaType]),
      [['Messwerte', 'CSV', 'text/csv']],
    );
  });

  it('adds a link, edits it, moves it and removes it behind a confirmation page', async () => {
    const { dataset, editor } = await editorWithDataset();
    const bad = await editor.submit(PUBLISHING_PATHS.newLink(dataset.id), { url: 'ftp://irgendwo', name: '', format: 'JSON' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(errorMessages(bad.body).sort(), ['Geben Sie die Adresse mit https:// an.', 'Geben Sie einen Namen an.']);
    for (const name of ['Schnittstelle', 'Lageplan']) {
      const added = await editor.submit(PUBLISHING_PATHS.newLink(dataset.id), { url: 'https://api.iserlohn.example/parken', name, format: 'JSON' });
      assert.equal(added.statusCode, 303);
    }
    const [first, second] = await listResources(t.db, dataset.id);
    await editor.submit(PUBLISHING_PATHS.resource(dataset.id, first!.id), {
      name: 'Schnittstelle (live)',
      format: 'GEOJSON',
      url: 'https://api.iserlohn.example/v2',
    });
    await editor.post(PUBLISHING_PATHS.moveResource(dataset.id, second!.id), { direction: 'up' });
    assert.deepEqual(
      (await listResources(t.db, dataset.id)).map((row) => [row.name, row.format, row.url]),
      [
        ['Lageplan', 'JSON', 'https://api.iserlohn.example/parken'],
        ['Schnittstelle (live)', 'GEOJSON', 'https://api.iserlohn.example/v2'],
      ],
    );
    const confirm = await editor.get(PUBLISHING_PATHS.removeResource(dataset.id, first!.id));
    assert.equal(confirm.statusCode, 200);
    assert.equal((await editor.post(PUBLISHING_PATHS.removeResource(dataset.id, first!.id))).statusCode, 303);
    assert.deepEqual(
      (await listResources(t.db, dataset.id)).map((row) => row.name),
      ['Lageplan'],
    );
  });
});
