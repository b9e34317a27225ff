import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { PATHS } from '../paths';
import { applicationFiles, applications } from '../tables';
import { answer, applyTestApp, startAsGuest } from './test-support';
import { filesBelow, SAMPLE_FILES } from '../../../../tests/support/files';
import { hiddenValue } from '../../../../tests/support/html';

describe('file fields of an application page', () => {
  let t: Awaited<ReturnType<typeof applyTestApp>>;
  before(async () => {
    t = await applyTestApp();
  });
  beforeEach(() => t.seed());
  after(() => t.close());
  /** Files in the store now that no earlier test left: every test starts from an empty store directory. */
  const storedFiles = () => (t.config.files.kind === 'disk' ? filesBelow(t.config.files.dir) : []);
  beforeEach(() => {
    if (t.config.files.kind === 'disk') rmSync(t.config.files.dir, { recursive: true, force: true });
  });

  async function atPhotoPage() {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    await answer(client, id, 'mangel', { category: 'muell', description: 'Sperrmüll am Waldrand abgeladen' });
    const page = await client.get(PATHS.page(id, 'ort'));
    assert.match(page.body, /enctype="multipart\/form-data"/);
    return { client, id, page };
  }

  it('stores a photo checked by its bytes, lists it, and keeps its id in the answers', async () => {
    const { client, id, page } = await atPhotoPage();
    const response = await client.postMultipart(
      PATHS.page(id, 'ort'),
      { formVersion: hiddenValue(page.body, 'formVersion'), location: 'Waldweg hinter dem Friedhof', _action: 'weiter' },
      [{ field: 'photos', filename: 'muell.png', bytes: SAMPLE_FILES.png, contentType: 'image/png' }],
    );
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    const [file] = await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id));
    assert.equal(file!.contentType, 'image/png');
    assert.equal(file!.sha256, createHash('sha256').update(SAMPLE_FILES.png).digest('hex'));
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.deepEqual((row!.answers as Record<string, unknown>).photos, [file!.id]);
    const again = await client.get(PATHS.page(id, 'ort'));
    assert.match(again.body, /muell\.png/);
  });

  it('refuses a disguised file with a message at the field (400) and stores nothing', async () => {
    const { client, id, page } = await atPhotoPage();
    const response = await client.postMultipart(
      PATHS.page(id, 'ort'),
      { formVersion: hiddenValue(page.body, 'formVersion'), location: 'Waldweg hinter dem Friedhof' },
      [{ field: 'photos', filename: 'foto.png', bytes: Buffer.from('<script>alert(1)</script>'), contentType: 'image/png' }],
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Es gibt ein Problem/);
    assert.match(response.body, /foto\.png/);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
    assert.deepEqual(storedFiles(), [], 'the refused upload is deleted from the store');
  });

  it('refuses a file over the limit while it streams: 400 with the message at the field, no row, nothing in the store', async () => {
    const { client, id, page } = await atPhotoPage();
    const tooLarge = Buffer.concat([SAMPLE_FILES.png, Buffer.alloc(t.config.uploads.maxBytes)]);
    const response = await client.postMultipart(
      PATHS.page(id, 'ort'),
      { formVersion: hiddenValue(page.body, 'formVersion'), location: 'Waldweg hinter dem Friedhof' },
      [{ field: 'photos', filename: 'riesig.png', bytes: tooLarge, contentType: 'image/png' }],
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Es gibt ein Problem/);
    assert.match(response.body, /Die Datei „riesig\.png“ ist zu groß\. Sie darf höchstens 10 MB groß sein\./);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
    assert.deepEqual(storedFiles(), []);
  });

  it('removes a photo with "_removeFile" and shows the page again', async () => {
    const { client, id, page } = await atPhotoPage();
    const fields = { formVersion: hiddenValue(page.body, 'formVersion'), location: 'Waldweg' };
    await client.postMultipart(PATHS.page(id, 'ort'), fields, [{ field: 'photos', filename: 'a.png', bytes: SAMPLE_FILES.png, contentType: 'image/png' }]);
    const [file] = await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id));
    await client.get(PATHS.page(id, 'ort'));
    const response = await client.postMultipart(PATHS.page(id, 'ort'), { ...fields, _removeFile: file!.id });
    assert.equal(response.statusCode, 200);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
  });

  it('refuses a file posted for a field that is not on the page', async () => {
    const { client, id, page } = await atPhotoPage();
    const response = await client.postMultipart(PATHS.page(id, 'ort'), { formVersion: hiddenValue(page.body, 'formVersion'), location: 'Waldweg' }, [
      { field: 'registrationCertificate', filename: 'a.png', bytes: SAMPLE_FILES.png, contentType: 'image/png' },
    ]);
    assert.equal(response.statusCode, 400);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
    assert.deepEqual(storedFiles(), [], 'the upload nobody kept is gone with the response');
  });
});
