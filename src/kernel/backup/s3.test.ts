import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import S3rver from 's3rver';
import { MODULES } from '../../registry';
import { pgliteTemplate, TEST_DATABASE_URL } from '../../../tests/support/database';
import { SAMPLE_FILES, storedBytes } from '../../../tests/support/files';
import { createFileStore } from '../files';
import { BackupError, createBackup, restoreBackup } from '.';
import { binaryUpload, fingerprints, installation, MIGRATIONS, tempDir } from './test-support';

const FILES = { 'aa/bb/aabb-receipt.pdf': SAMPLE_FILES.pdf, 'cc/dd/ccdd-photo.png': SAMPLE_FILES.png, 'ee/ff/eeff-large.bin': binaryUpload() };

describe(
  'backup and restore with the files in an S3 bucket',
  { skip: TEST_DATABASE_URL ? 'the S3 round trip runs on PGlite (without TEST_DATABASE_URL)' : false },
  () => {
    const dirs: string[] = [];
    let s3: S3rver;
    let endpoint: string;
    before(async () => {
      const s3dir = tempDir('s3');
      dirs.push(s3dir);
      s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: 'quelle' }, { name: 'ziel' }] });
      endpoint = `http://127.0.0.1:${(await s3.run()).port}`;
    });
    after(async () => {
      await s3.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    const inBucket = (dataDir: string, bucket: string) =>
      installation(dataDir, {
        env: { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: 'true' },
      });

    it('lists the bucket, writes every object into the archive and back into an empty bucket; a bucket with objects is refused', async () => {
      const sourceDir = tempDir('source');
      const targetDir = tempDir('target');
      dirs.push(sourceDir, targetDir);
      cpSync(join(await pgliteTemplate(MODULES), 'pglite'), join(sourceDir, 'pglite'), { recursive: true });
      const source = inBucket(sourceDir, 'quelle');
      for (const [key, bytes] of Object.entries(FILES)) await createFileStore(source).put(key, bytes, { contentType: 'application/octet-stream' });

      const archive = join(tempDir('archive'), 'backup.tar.gz');
      const written = await createBackup(source, archive);
      assert.deepEqual(written.manifest.files, { store: 's3', count: 3, bytes: Object.values(FILES).reduce((sum, bytes) => sum + bytes.length, 0) });

      const target = inBucket(targetDir, 'ziel');
      await restoreBackup(target, archive, { force: false, migrations: MIGRATIONS });
      for (const [key, bytes] of Object.entries(FILES)) assert.deepEqual(await storedBytes(createFileStore(target), key), bytes, key);
      assert.deepEqual(await fingerprints(target), await fingerprints(source));

      const other = inBucket(tempDir('other'), 'ziel');
      await assert.rejects(
        restoreBackup(other, archive, { force: false, migrations: MIGRATIONS }),
        (error: unknown) => error instanceof BackupError && /Das Ziel ist nicht leer: der Bucket ziel enthält schon Dateien/.test(error.message),
      );
    });
  },
);
