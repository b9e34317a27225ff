import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import S3rver from 's3rver';
import { createDiskStore, createFileStore, detectContentType, formatFileSize, storageKeyFor, type FileStore } from './index';
import { SAMPLE_FILES } from './test-support';

const KEY = storageKeyFor('0f1e2d3c-4b5a-4697-8877-665544332211');

/** The behaviour every store must have, run against disk and against a real S3 server. */
function storeContract(name: string, store: () => FileStore) {
  describe(`${name} store`, () => {
    it('stores, returns and deletes bytes; a missing key is null, deleting it again is fine', async () => {
      await store().put(KEY, SAMPLE_FILES.pdf, 'application/pdf');
      assert.deepEqual(await store().get(KEY), SAMPLE_FILES.pdf);
      await store().delete(KEY);
      assert.equal(await store().get(KEY), null);
      await store().delete(KEY);
    });

    it('overwrites a key with the new bytes', async () => {
      await store().put(KEY, Buffer.from('eins'), 'text/plain');
      await store().put(KEY, Buffer.from('zwei'), 'text/plain');
      assert.equal((await store().get(KEY))?.toString(), 'zwei');
    });

    it('refuses keys that could leave the store', async () => {
      for (const key of ['../outside', 'a/../../outside', '/etc/passwd', 'a\\..\\b', '', 'a//b', './a']) {
        await assert.rejects(store().put(key, Buffer.from('x'), 'text/plain'), /invalid_file_key|file key/, key);
        await assert.rejects(store().get(key), /invalid_file_key|file key/, key);
      }
    });
  });
}

describe('file stores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-files-'));
  const s3dir = mkdtempSync(join(tmpdir(), 'stadtportal-s3-'));
  let s3: S3rver;
  let s3store: FileStore;

  before(async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: 'stadtportal' }] });
    const { port } = await s3.run();
    s3store = createFileStore({
      files: { kind: 's3', endpoint: `http://127.0.0.1:${port}`, region: 'eu-central-1', bucket: 'stadtportal', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true },
    });
  });
  after(async () => {
    await s3.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(s3dir, { recursive: true, force: true });
  });

  storeContract('disk', () => createFileStore({ files: { kind: 'disk', dir } }));
  storeContract('S3', () => s3store);

  it('disk: keys become nested directories, and no temporary file is left behind', async () => {
    const store = createDiskStore(dir);
    await store.put(KEY, SAMPLE_FILES.png, 'image/png');
    assert.equal(KEY, '0f/1e/0f1e2d3c-4b5a-4697-8877-665544332211');
    assert.deepEqual(readdirSync(join(dir, '0f', '1e')), ['0f1e2d3c-4b5a-4697-8877-665544332211']);
  });

  it('S3: binary content comes back byte for byte', async () => {
    await s3store.put(KEY, SAMPLE_FILES.png, 'image/png');
    const stored = await s3store.get(KEY);
    assert.equal(createHash('sha256').update(stored!).digest('hex'), createHash('sha256').update(SAMPLE_FILES.png).digest('hex'));
  });
});

describe('detectContentType', () => {
  it('judges by the bytes: PDF and PNG are recognised, a program is a program, HTML has no signature', async () => {
    assert.equal(await detectContentType(SAMPLE_FILES.pdf), 'application/pdf');
    assert.equal(await detectContentType(SAMPLE_FILES.png), 'image/png');
    assert.equal(await detectContentType(SAMPLE_FILES.exe), 'application/x-msdownload');
    assert.equal(await detectContentType(SAMPLE_FILES.html), null);
    assert.equal(await detectContentType(Buffer.alloc(0)), null);
  });

  it('formats limits the way citizens read them', () => {
    assert.equal(formatFileSize(10 * 1024 * 1024), '10 MB');
    assert.equal(formatFileSize(1.5 * 1024 * 1024), '1,5 MB');
    assert.equal(formatFileSize(200 * 1024), '200 KB');
  });
});
