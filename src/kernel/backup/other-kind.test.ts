import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createFreshDatabase, NEEDS_POSTGRES, type FreshDatabase } from '../../../tests/support/postgres-cluster';
import { openAndMigrate } from '../../bootstrap';
import { MODULES } from '../../registry';
import type { Config } from '../config';
import { queryRows } from '../db';
import { createBackup } from '.';
import { postgresIsEmpty } from './postgres';
import { foreign, made, refused, removeMade, restoreInto, smallInstallation, untouched, wrongRows } from './refusal-support';
import { fingerprints, installation, sequenceValues } from './test-support';

/** Small installations restored into the other kind of database; the demo installation's moves are in round-trip.test.ts. */

/** A DataStore table as opendata/datastore/table-sql.ts makes one at run time (no migration knows it), with two rows. */
const DATASTORE_TABLE = `
  create table datastore."haushalt-2026" (_id bigserial primary key, "Produkt" text, "Betrag" numeric, "Jahr" bigint);
  create index "haushalt-2026_full_text" on datastore."haushalt-2026" using gin ((to_tsvector('german'::regconfig, coalesce("Produkt"::text, '')))) with (fastupdate = off);
  create unique index on datastore."haushalt-2026" ("Produkt", "Jahr");
  insert into datastore."haushalt-2026" ("Produkt", "Betrag", "Jahr") values ('Schulen', 1200.5, 2026), ('Straßen', 800, 2026);`;

async function datastoreIndexes(config: Config): Promise<string[]> {
  const { database } = await openAndMigrate(config, MODULES);
  try {
    const rows = await queryRows<{ definition: string }>(
      database.db,
      sql`select indexdef as definition from pg_indexes where schemaname = 'datastore' order by 1`,
    );
    return rows.map((row) => row.definition);
  } finally {
    await database.close();
  }
}

describe('restore into the other kind of database (small installations)', { skip: NEEDS_POSTGRES }, () => {
  const databases: FreshDatabase[] = [];
  const freshDatabase = async () => {
    const database = await createFreshDatabase();
    databases.push(database);
    return database.url;
  };
  after(async () => {
    for (const database of databases) await database.drop();
    removeMade();
  });

  it('a PGlite backup into PostgreSQL brings a DataStore table (no migration makes it) with its rows, sequence and indexes', async () => {
    const source = await smallInstallation();
    const { database } = await openAndMigrate(source, MODULES);
    await database.execScript(DATASTORE_TABLE).finally(() => database.close());
    const archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
    const target = installation(made('target'), { url: await freshDatabase() });
    await restoreInto(target, archive);
    assert.deepEqual(await fingerprints(target), await fingerprints(source));
    assert.equal((await fingerprints(target))['datastore."haushalt-2026"']?.split(':')[0], '2');
    assert.deepEqual(await sequenceValues(target), await sequenceValues(source));
    assert.deepEqual(await datastoreIndexes(target), await datastoreIndexes(source));
  });

  it('a PGlite backup: a foreign or damaged one leaves PostgreSQL empty or as it was (the migrations rolled back too)', async () => {
    const source = await smallInstallation();
    const archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
    const url = await freshDatabase();
    const empty = installation(made('target'), { url });
    await refused(restoreInto(empty, await foreign(archive)), /gehört zu Stadt Menden/);
    await refused(restoreInto(empty, await wrongRows(archive)), /public\.departments: 1 statt 7 Zeilen/);
    assert.ok(await postgresIsEmpty(url), 'no table was left behind');
    assert.equal(existsSync(join(empty.dataDir, 'files')), false, 'no file was written');

    const occupied = await smallInstallation(await freshDatabase());
    const before = await fingerprints(occupied);
    await refused(restoreInto(occupied, archive), /Das Ziel ist nicht leer/);
    await refused(restoreInto(occupied, await wrongRows(archive), true), /public\.departments: 1 statt 7 Zeilen/);
    assert.deepEqual(await fingerprints(occupied), before);
    await restoreInto(occupied, archive, true);
    assert.deepEqual(await fingerprints(occupied), await fingerprints(source));
  });

  it('a PostgreSQL backup: a foreign or damaged one leaves PGlite as it was', async () => {
    const source = await smallInstallation(await freshDatabase());
    const archive = join(made('archive'), 'backup.tar.gz');
    await createBackup(source, archive);
    const empty = installation(made('target'));
    await refused(restoreInto(empty, await foreign(archive)), /gehört zu Stadt Menden/);
    await refused(restoreInto(empty, await wrongRows(archive)), /public\.departments: 1 statt 7 Zeilen/);
    untouched(empty);
    const occupied = await smallInstallation();
    const before = await fingerprints(occupied);
    await refused(restoreInto(occupied, await wrongRows(archive), true), /public\.departments: 1 statt 7 Zeilen/);
    assert.deepEqual(await fingerprints(occupied), before);
  });
});
