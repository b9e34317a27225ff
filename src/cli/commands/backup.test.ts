import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { spawnCli, type SpawnedCli } from './test-support';

describe('npm run cli -- backup / restore (the real entry point)', () => {
  let spawned: SpawnedCli;
  const folder = mkdtempSync(join(tmpdir(), 'stadtportal-cli-backup-'));
  before(async () => {
    spawned = await spawnCli();
  });
  after(() => {
    spawned.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up without opening the database first, and refuses to restore over it with exit code 1', async () => {
    const file = join(folder, 'sicherung.tar.gz');
    const written = await spawned.cli('backup', file);
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stdout, /Sicherung geschrieben: .*sicherung\.tar\.gz/);
    assert.match(written.stdout, /Datenbank \(PGlite [\d.]+\): \d+ Tabellen/);
    assert.match(written.stdout, /Das App-Geheimnis aus DATA_DIR\/app-secret ist enthalten/);

    const again = await spawned.cli('backup', file);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^Fehler: Die Datei .* gibt es schon/);

    const over = await spawned.cli('restore', file);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /^Fehler: Das Ziel ist nicht leer: die Datenbank enthält schon Tabellen.*--force/);
  });

  it('a missing file name is a usage error (exit code 2)', async () => {
    const usage = await spawned.cli('restore');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Geben Sie --file an\./);
  });
});
