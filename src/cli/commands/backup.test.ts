import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lockDataDir } from '../../kernel/db';
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

  it('on PGlite, while the portal holds the database: exit code 1 and what to do, nothing written', async () => {
    const release = lockDataDir(join(spawned.dataDir, 'pglite'));
    try {
      const file = join(folder, 'waehrend-der-server-laeuft.tar.gz');
      const refused = await spawned.cli('backup', file);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, new RegExp(`wird bereits von Prozess ${process.pid} benutzt`));
      assert.match(refused.stderr, /Beenden Sie zuerst den Server/);
      assert.equal(existsSync(file), false);
      assert.deepEqual(
        readdirSync(folder).filter((name) => name.startsWith('.stadtportal-backup-')),
        [],
        'no work directory left',
      );
    } finally {
      release();
    }
  });

  it('a missing file name is a usage error (exit code 2)', async () => {
    const usage = await spawned.cli('restore');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Geben Sie --file an\./);
  });
});
