import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import type { TestClient } from '../../../../tests/support/test-client';
import { filesBelow } from '../../../kernel/files/test-support';
import { PATHS } from '../paths';
import { applicationFiles, applications } from '../tables';
import { answer, applyTestApp, formVersionIn, startAsGuest } from './test-support';

/** A 1×1 PNG: real image bytes, so the type detected from the content is image/png. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

type Part = { name: string; value: string } | { name: string; filename: string; bytes: Buffer; type: string };

/** A browser's multipart/form-data post (file pages), with the client's cookies and the page's CSRF token. */
async function postMultipart(t: Awaited<ReturnType<typeof applyTestApp>>, client: TestClient, url: string, html: string, parts: Part[]) {
  const boundary = `----stadtportal${randomBytes(8).toString('hex')}`;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  const chunks: Buffer[] = [];
  for (const part of [{ name: '_csrf', value: csrf }, ...parts]) {
    const head = 'filename' in part
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head), 'filename' in part ? part.bytes : Buffer.from(part.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return t.app.inject({ method: 'POST', url, payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: client.cookieHeader() } });
}

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
    const response = await postMultipart(t, client, PATHS.page(id, 'ort'), page.body, [
      { name: 'formVersion', value: formVersionIn(page.body) },
      { name: 'location', value: 'Waldweg hinter dem Friedhof' },
      { name: 'photos', filename: 'muell.png', bytes: PNG, type: 'image/png' },
      { name: '_action', value: 'weiter' },
    ]);
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    const [file] = await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id));
    assert.equal(file!.contentType, 'image/png');
    assert.equal(file!.sha256, createHash('sha256').update(PNG).digest('hex'));
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.deepEqual((row!.answers as Record<string, unknown>).photos, [file!.id]);
    const again = await client.get(PATHS.page(id, 'ort'));
    assert.match(again.body, /muell\.png/);
  });

  it('refuses a disguised file with a message at the field (400) and stores nothing', async () => {
    const { client, id, page } = await atPhotoPage();
    const response = await postMultipart(t, client, PATHS.page(id, 'ort'), page.body, [
      { name: 'formVersion', value: formVersionIn(page.body) },
      { name: 'location', value: 'Waldweg hinter dem Friedhof' },
      { name: 'photos', filename: 'foto.png', bytes: Buffer.from('<script>alert(1)</script>'), type: 'image/png' },
    ]);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Es gibt ein Problem/);
    assert.match(response.body, /foto\.png/);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
    assert.deepEqual(storedFiles(), [], 'the refused upload is deleted from the store');
  });

  it('refuses a file over the limit while it streams: 400 with the message at the field, no row, nothing in the store', async () => {
    const { client, id, page } = await atPhotoPage();
    const tooLarge = Buffer.concat([PNG, Buffer.alloc(t.config.uploads.maxBytes)]);
    const response = await postMultipart(t, client, PATHS.page(id, 'ort'), page.body, [
      { name: 'formVersion', value: formVersionIn(page.body) },
      { name: 'location', value: 'Waldweg hinter dem Friedhof' },
      { name: 'photos', filename: 'riesig.png', bytes: tooLarge, type: 'image/png' },
    ]);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Es gibt ein Problem/);
    assert.match(response.body, /Die Datei „riesig\.png“ ist zu groß\. Sie darf höchstens 10 MB groß sein\./);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
    assert.deepEqual(storedFiles(), []);
  });

  it('removes a photo with "_removeFile" and shows the page again', async () => {
    const { client, id, page } = await atPhotoPage();
    const fields = { name: 'formVersion', value: formVersionIn(page.body) };
    await postMultipart(t, client, PATHS.page(id, 'ort'), page.body, [fields, { name: 'location', value: 'Waldweg' }, { name: 'photos', filename: 'a.png', bytes: PNG, type: 'image/png' }]);
    const [file] = await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id));
    const shown = await client.get(PATHS.page(id, 'ort'));
    const response = await postMultipart(t, client, PATHS.page(id, 'ort'), shown.body, [fields, { name: 'location', value: 'Waldweg' }, { name: '_removeFile', value: file!.id }]);
    assert.equal(response.statusCode, 200);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
  });

  it('refuses a file posted for a field that is not on the page', async () => {
    const { client, id, page } = await atPhotoPage();
    const response = await postMultipart(t, client, PATHS.page(id, 'ort'), page.body, [
      { name: 'formVersion', value: formVersionIn(page.body) },
      { name: 'location', value: 'Waldweg' },
      { name: 'registrationCertificate', filename: 'a.png', bytes: PNG, type: 'image/png' },
    ]);
    assert.equal(response.statusCode, 400);
    assert.equal((await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, id))).length, 0);
    assert.deepEqual(storedFiles(), [], 'the upload nobody kept is gone with the response');
  });
});
