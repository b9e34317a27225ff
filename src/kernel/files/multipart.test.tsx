import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ModuleManifest } from '../module';
import { Form } from '../views';
import { readMultipartForm, rejectionMessage } from './index';
import { filesBelow, SAMPLE_FILES } from '../../../tests/support/files';
import { csrfTokenIn } from '../../../tests/support/html';
import { multipartBody, type TestUpload } from '../../../tests/support/multipart';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';

const LIMITS = { maxFileBytes: 1024, maxFiles: 2 };

/** A module with one upload form: echoes what readMultipartForm made of the request. */
const uploadModule: ModuleManifest = {
  id: 'upload-probe',
  routes: (app) => {
    app.get('/probe', (_request, reply) =>
      reply.page({
        title: 'Probe',
        body: (
          <Form action="/probe" multipart>
            {null}
          </Form>
        ),
      }),
    );
    app.post('/probe', async (request) => {
      const form = await readMultipartForm(request, LIMITS);
      return {
        fields: form.fields,
        files: form.files.map(({ fieldName, filename, size, sha256, detectedType }) => ({ fieldName, filename, size, sha256, detectedType })),
        rejected: form.rejected.map(({ fieldName, filename, reason, ...rejected }) => ({
          fieldName,
          filename,
          reason,
          message: rejectionMessage({ fieldName, filename, reason, ...rejected }),
        })),
      };
    });
  },
};

describe('readMultipartForm and CSRF on multipart forms', () => {
  let t: TestApp;
  let token: string;
  let cookie: string;

  before(async () => {
    // The configured limits equal the route's, so oversized files are cut off while streaming.
    t = await createTestApp({ modules: [uploadModule], env: { UPLOAD_MAX_BYTES: String(LIMITS.maxFileBytes), UPLOAD_MAX_FILES: String(LIMITS.maxFiles) } });
    const page = await t.app.inject({ method: 'GET', url: '/probe' });
    token = csrfTokenIn(page.body);
    cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  });
  after(() => t.close());

  const post = (fields: Record<string, string | string[]>, files: TestUpload[] = []) => {
    const body = multipartBody(fields, files);
    return t.app.inject({ method: 'POST', url: '/probe', payload: body.payload, headers: { ...body.headers, cookie } });
  };

  it('refuses a multipart POST without the token, and accepts the token from the multipart body', async () => {
    assert.equal((await post({ name: 'x' }, [{ field: 'nachweis', filename: 'a.pdf', bytes: SAMPLE_FILES.pdf }])).statusCode, 403);
    assert.equal((await post({ _csrf: 'forged', name: 'x' })).statusCode, 403);
    const accepted = await post({ _csrf: token, name: 'x' });
    assert.equal(accepted.statusCode, 200, accepted.body);
  });

  it('reads fields (repeated names as arrays) and files with hash and the type from the bytes', async () => {
    const response = await post({ _csrf: token, name: 'Jürgen Müßig', tag: ['a', 'b'] }, [
      { field: 'nachweis', filename: 'Bescheinigung ä.pdf', bytes: SAMPLE_FILES.pdf, contentType: 'image/png' },
    ]);
    const body = response.json();
    assert.equal(body.fields.name, 'Jürgen Müßig');
    assert.deepEqual(body.fields.tag, ['a', 'b']);
    assert.deepEqual(body.files, [
      {
        fieldName: 'nachweis',
        filename: 'Bescheinigung ä.pdf',
        size: SAMPLE_FILES.pdf.length,
        sha256: createHash('sha256').update(SAMPLE_FILES.pdf).digest('hex'),
        detectedType: 'application/pdf',
      },
    ]);
    assert.deepEqual(body.rejected, []);
  });

  it('refuses NUL in a field with 400 (the database cannot store it) and drops control characters from file names', async () => {
    const refused = await post({ _csrf: token, name: 'Jürgen\u0000Müßig' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /unzulässiges Steuerzeichen/);
    const body = (await post({ _csrf: token }, [{ field: 'nachweis', filename: 'Beschei\u0000nigung\u0007.pdf', bytes: SAMPLE_FILES.pdf }])).json();
    assert.equal(body.files[0].filename, 'Bescheinigung.pdf');
  });

  it('answers 400 to a body the parser cannot read: no boundary, cut off, garbage (it used to be a 500)', async () => {
    const unreadable = [
      { type: 'multipart/form-data', payload: '--x\r\n' },
      { type: 'multipart/form-data; boundary=x', payload: `--x\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\n${token}` },
      { type: 'multipart/form-data; boundary=x', payload: 'kein multipart' },
    ];
    for (const { type, payload } of unreadable) {
      const response = await t.app.inject({ method: 'POST', url: '/probe', payload, headers: { 'content-type': type, cookie } });
      assert.equal(response.statusCode, 400, `${type}: ${payload}`);
      assert.match(response.body, /konnten nicht gelesen werden/);
    }
  });

  it('ignores the empty part of a file input left empty', async () => {
    const body = (await post({ _csrf: token }, [{ field: 'nachweis', filename: '', bytes: Buffer.alloc(0) }])).json();
    assert.deepEqual(body.files, []);
    assert.deepEqual(body.rejected, []);
  });

  it('rejects too large, too many and empty files with a message for the field instead of failing', async () => {
    const body = (
      await post({ _csrf: token }, [
        { field: 'a', filename: 'gross.pdf', bytes: Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(2000)]) },
        { field: 'b', filename: 'leer.pdf', bytes: Buffer.alloc(0) },
        { field: 'c', filename: 'eins.png', bytes: SAMPLE_FILES.png },
        { field: 'c', filename: 'zwei.png', bytes: SAMPLE_FILES.png },
        { field: 'c', filename: 'drei.png', bytes: SAMPLE_FILES.png },
      ])
    ).json();
    assert.deepEqual(
      body.files.map((file: { filename: string }) => file.filename),
      ['eins.png', 'zwei.png'],
    );
    // Files over the caller's limit but within the configured one are judged after parsing: compare by field.
    const rejected = [...body.rejected].sort((x: { fieldName: string }, y: { fieldName: string }) => x.fieldName.localeCompare(y.fieldName));
    assert.deepEqual(filesBelow(t.config.files.kind === 'disk' ? t.config.files.dir : ''), [], 'the probe keeps no upload: all are gone with the response');
    assert.deepEqual(rejected, [
      { fieldName: 'a', filename: 'gross.pdf', reason: 'too_large', message: 'Die Datei „gross.pdf“ ist zu groß. Sie darf höchstens 1 KB groß sein.' },
      { fieldName: 'b', filename: 'leer.pdf', reason: 'empty', message: 'Die Datei „leer.pdf“ ist leer. Wählen Sie eine Datei mit Inhalt aus.' },
      {
        fieldName: 'c',
        filename: 'drei.png',
        reason: 'too_many',
        message: 'Sie können höchstens 2 Dateien auf einmal hochladen. Die Datei „drei.png“ wurde nicht übernommen.',
      },
    ]);
  });

  it('leaves url-encoded forms as they were', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/probe',
      payload: new URLSearchParams({ _csrf: token, name: 'x' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json().fields, { _csrf: token, name: 'x' });
  });
});
