import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import S3rver from 's3rver';
import { createDiskStore, createFileStore, detectContentType, FileTooLargeError, formatFileSize, hashStoredFile, storageKeyFor, type FileStore } from './index';
import { S3_PART_BYTES } from './s3-store';
import { filesBelow, SAMPLE_FILES, storedBytes } from '../../../tests/support/files';

const KEY = storageKeyFor('0f1e2d3c-4b5a-4697-8877-665544332211');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** `bytes` in chunks of 64 KiB, as a socket delivers them; fails with `error` after `failAfter` bytes. */
function chunked(bytes: Buffer, options: { failAfter?: number } = {}): Readable {
  return Readable.from(
    (async function* () {
      for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
        if (options.failAfter !== undefined && offset >= options.failAfter) throw new Error('connection reset');
        yield bytes.subarray(offset, offset + 64 * 1024);
      }
    })(),
  );
}

/** The behaviour every store must have, run against disk and against a real S3 server. */
function storeContract(name: string, store: () => FileStore, leftovers: () => Promise<string[]>) {
  describe(`${name} store`, () => {
    it('stores a stream with its size and SHA-256, returns it as a stream, deletes it; missing is null', async () => {
      const written = await store().put(KEY, chunked(SAMPLE_FILES.pdf), { contentType: 'application/pdf' });
      assert.deepEqual(written, { size: SAMPLE_FILES.pdf.length, sha256: sha256(SAMPLE_FILES.pdf) });
      assert.deepEqual(await storedBytes(store(), KEY), SAMPLE_FILES.pdf);
      assert.equal(await hashStoredFile(store(), KEY, 'sha256'), sha256(SAMPLE_FILES.pdf));
      await store().delete(KEY);
      assert.equal(await store().get(KEY), null);
      await store().delete(KEY);
    });

    it('overwrites a key with the new bytes (a Buffer is a body too)', async () => {
      await store().put(KEY, Buffer.from('eins'), { contentType: 'text/plain' });
      await store().put(KEY, Buffer.from('zwei'), { contentType: 'text/plain' });
      assert.equal((await storedBytes(store(), KEY))?.toString(), 'zwei');
      await store().delete(KEY);
    });

    it('takes a body larger than one part byte for byte (multipart upload on S3)', async () => {
      const big = randomBytes(S3_PART_BYTES * 2 + 12345);
      const written = await store().put(KEY, chunked(big), { contentType: 'application/octet-stream', maxBytes: big.length });
      assert.deepEqual(written, { size: big.length, sha256: sha256(big) });
      assert.equal(await hashStoredFile(store(), KEY, 'sha256'), sha256(big));
      await store().delete(KEY);
    });

    it('stops at maxBytes and keeps nothing, neither the file nor a temporary one', async () => {
      const big = randomBytes(S3_PART_BYTES + 1000);
      await assert.rejects(store().put(KEY, chunked(big), { contentType: 'application/octet-stream', maxBytes: S3_PART_BYTES + 999 }), FileTooLargeError);
      await assert.rejects(store().put(KEY, chunked(SAMPLE_FILES.exe), { contentType: 'application/octet-stream', maxBytes: 100 }), FileTooLargeError);
      assert.equal(await store().get(KEY), null);
      assert.deepEqual(await leftovers(), []);
    });

    it('keeps nothing when the body fails halfway (the client went away)', async () => {
      const big = randomBytes(S3_PART_BYTES + 500_000);
      await assert.rejects(
        store().put(KEY, chunked(big, { failAfter: S3_PART_BYTES + 100_000 }), { contentType: 'application/octet-stream' }),
        /connection reset/,
      );
      assert.equal(await store().get(KEY), null);
      assert.deepEqual(await leftovers(), []);
    });

    it('refuses keys that could leave the store', async () => {
      for (const key of ['../outside', 'a/../../outside', '/etc/passwd', 'a\\..\\b', '', 'a//b', './a']) {
        await assert.rejects(store().put(key, Buffer.from('x'), { contentType: 'text/plain' }), /invalid_file_key|file key/, key);
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
    const files = {
      kind: 's3',
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-central-1',
      bucket: 'stadtportal',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    } as const;
    s3store = createFileStore({ files });
    const { S3Client, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
    const client = new S3Client({
      region: files.region,
      endpoint: files.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    // Objects only: s3rver keeps the parts of aborted uploads in its own directory (real S3 removes them).
    listS3 = async () => ((await client.send(new ListObjectsV2Command({ Bucket: 'stadtportal' }))).Contents ?? []).map((object) => object.Key!);
  });
  let listS3: () => Promise<string[]>;
  after(async () => {
    await s3.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(s3dir, { recursive: true, force: true });
  });

  storeContract(
    'disk',
    () => createFileStore({ files: { kind: 'disk', dir } }),
    async () => filesBelow(dir),
  );
  storeContract(
    'S3',
    () => s3store,
    () => listS3(),
  );

  it('disk: keys become nested directories, and no temporary file is left behind', async () => {
    const store = createDiskStore(dir);
    await store.put(KEY, SAMPLE_FILES.png, { contentType: 'image/png' });
    assert.equal(KEY, '0f/1e/0f1e2d3c-4b5a-4697-8877-665544332211');
    assert.deepEqual(readdirSync(join(dir, '0f', '1e')), ['0f1e2d3c-4b5a-4697-8877-665544332211']);
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
