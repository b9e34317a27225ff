import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { TEST_DATABASE_URL } from '../../../tests/support/database';
import { createFreshDatabase, NEEDS_POSTGRES } from '../../../tests/support/postgres-cluster';
import type { Config } from '../config';
import { createFileStore } from '../files';
import { createBackup } from '.';
import { foreign, made, refused, removeMade, restoreInto, smallInstallation, untouched, wrongRows } from './refusal-support';
import { fingerprints, installation, rewriteArchive } from './test-support';

describe('restore refuses, and changes nothing', { skip: TEST_DATABASE_URL ? 'the PGlite refusals run without TEST_DATABASE_URL' : false }, () => {
  let source: Config;
  let archive: string;
  before(async () => {
    source = await smallInstallation();
    archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
  });
  after(removeMade);

  it('a file that is not a backup: any bytes, plain gzip, or a tar without its manifest', async () => {
    const folder = made('bad');
    const target = installation(made('target'));
    const samples = { 'random.tar.gz': Buffer.from('no archive at all'), 'text.gz': gzipSync('hello'), 'missing.tar.gz': undefined };
    for (const [name, bytes] of Object.entries(samples)) {
      const file = join(folder, name);
      if (bytes) writeFileSync(file, bytes);
      else await rewriteArchive(archive, file, { drop: (entry) => entry === 'manifest.json' });
      await refused(restoreInto(target, file), /ist keine Sicherung des Stadtportals/);
    }
    await refused(restoreInto(target, join(folder, 'nowhere.tar.gz')), /gibt es nicht/);
    untouched(target);
  });

  it('a backup of a newer format or with migrations this code does not have', async () => {
    const target = installation(made('target'));
    const newerFormat = join(made('bad'), 'format.tar.gz');
    await rewriteArchive(archive, newerFormat, { manifest: (manifest) => (manifest.formatVersion = 2) });
    await refused(restoreInto(target, newerFormat), /hat das Format 2, diese Version des Portals kennt nur Format 1/);
    const newerCode = join(made('bad'), 'migrations.tar.gz');
    await rewriteArchive(archive, newerCode, {
      manifest: (manifest) => (manifest.database as { migrations: Record<string, string[]> }).migrations.kernel!.push('29991231000000_future'),
    });
    await refused(restoreInto(target, newerCode), /neueren Version des Portals .*\(kernel\/29991231000000_future\)/);
    untouched(target);
  });

  it('another municipality, and a manifest whose database is not in the archive', async () => {
    const target = installation(made('target'));
    await refused(restoreInto(target, await foreign(archive)), /gehört zu Stadt Menden \(Sauerland\).*CONFIG_FILE/);
    const postgres = join(made('bad'), 'postgres.tar.gz');
    await rewriteArchive(archive, postgres, { manifest: (manifest) => ((manifest.database as { kind: string }).kind = 'postgres') });
    await refused(restoreInto(target, postgres), /unvollständig \(die Datenbank oder die Prüfsummen fehlen\)/);
    untouched(target);
  });

  it('a target with data without --force; with --force it is replaced and the old state kept aside', async () => {
    const target = await smallInstallation();
    const before = await fingerprints(target);
    await refused(restoreInto(target, archive), /Das Ziel ist nicht leer: die Datenbank enthält schon Tabellen, .* enthält schon Dateien.*--force/);
    assert.deepEqual(await fingerprints(target), before);
    const replaced = await restoreInto(target, archive, true);
    assert.equal(replaced.keptAside.length, 2);
    assert.deepEqual(await fingerprints(target), await fingerprints(source));
  });

  it('a damaged backup (rows or file bytes that do not match) leaves the old installation as it was', async () => {
    const target = await smallInstallation();
    const before = await fingerprints(target);
    await refused(restoreInto(target, await wrongRows(archive), true), /public\.departments: 1 statt 7 Zeilen/);
    const wrongBytes = join(made('bad'), 'bytes.tar.gz');
    await rewriteArchive(archive, wrongBytes, { replace: (name) => (name === 'files/aa/bb/aabb-file' ? Buffer.from('manipuliert') : undefined) });
    await refused(restoreInto(target, wrongBytes, true), /beschädigt oder fehlen \(aa\/bb\/aabb-file\)/);
    assert.deepEqual(await fingerprints(target), before);
    assert.match(String(await readBack(target, 'aa/bb/aabb-file')), new RegExp(`Datei von ${target.dataDir}`));
  });
});

async function readBack(config: Config, key: string): Promise<string> {
  const body = await createFileStore(config).get(key);
  assert.ok(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('restore on PostgreSQL refuses a damaged backup in its transaction', { skip: NEEDS_POSTGRES }, () => {
  after(removeMade);

  it('the wiped and reloaded schema is rolled back when a table has other rows than the manifest says', async () => {
    const sourceDb = await createFreshDatabase();
    const targetDb = await createFreshDatabase();
    try {
      const source = await smallInstallation(sourceDb.url);
      const archive = join(made('archive'), 'backup.tar.gz');
      await createBackup(source, archive);
      const target = await smallInstallation(targetDb.url);
      const before = await fingerprints(target);
      await refused(restoreInto(target, archive), /Das Ziel ist nicht leer: die Datenbank enthält schon Tabellen/);
      await refused(restoreInto(target, await wrongRows(archive), true), /Tabelle public\.departments hat 1 Zeilen, gesichert waren 7/);
      assert.deepEqual(await fingerprints(target), before);
      await restoreInto(target, archive, true);
      assert.deepEqual(await fingerprints(target), await fingerprints(source));
    } finally {
      await sourceDb.drop();
      await targetDb.drop();
    }
  });
});
