import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { auditLog } from '../../../kernel/audit';
import { PROJECT_ROOT } from '../../../kernel/config';
import type { Database } from '../../../kernel/db';
import { libraryModule } from '../index';
import { writeIso2709 } from '../marc/iso2709-writer';
import type { MarcRecord } from '../marc/record';
import { libraryItems, libraryRecords } from '../tables';
import { importCatalogue } from './import-catalogue';

const SYSTEM = { id: null, label: 'cli' };

async function* bytes(buffer: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < buffer.length; at += 4096) yield buffer.subarray(at, at + 4096);
}

function book(number: number, title: string, holdings: Array<[branch: string, barcode: string]> = []): MarcRecord {
  return {
    leader: '00000cam a2200000 c 4500',
    fields: [
      { tag: '001', value: `T${number}` },
      { tag: '008', value: '240101s2024    gw            000 0 ger d' },
      { tag: '245', ind1: '1', ind2: '0', subfields: [['a', title]] },
      ...holdings.map(([branch, barcode]) => ({
        tag: '852',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          ['b', branch],
          ['h', 'Ro'],
          ['p', barcode],
        ] as Array<[string, string]>,
      })),
    ],
  };
}

describe(`MARC import (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase([libraryModule]);
    db = database.handle.db;
  });
  beforeEach(() => database.emptyAll());
  after(() => database.close());

  const run = (file: Buffer, source = 'test.mrc') => importCatalogue(SYSTEM, { chunks: bytes(file), source }, { db });

  it('imports the MARCXML and ISO 2709 samples, and a second import changes nothing', async () => {
    const xml = readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/marc/batch.xml'));
    const first = await run(xml, 'batch.xml');
    assert.equal(first.format, 'marcxml');
    assert.deepEqual([first.read, first.inserted, first.updated, first.unchanged, first.failed], [2, 2, 0, 0, 0]);
    const before = await db.select().from(libraryRecords).orderBy(asc(libraryRecords.controlNumber));
    const second = await run(xml, 'batch.xml');
    assert.deepEqual([second.inserted, second.updated, second.unchanged], [0, 0, 2]);
    assert.deepEqual(await db.select().from(libraryRecords).orderBy(asc(libraryRecords.controlNumber)), before, 'not even updated_at moved');
    const binary = await run(readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/marc/one.dat')), 'one.dat');
    assert.equal(binary.format, 'iso2709');
    assert.equal(binary.inserted, 1);
    const [music] = await db.select().from(libraryRecords).where(eq(libraryRecords.controlNumber, '5637241'));
    assert.equal(music?.mediaType, 'music_cd');
    assert.equal(music?.title, 'The Great Ray Charles');
  });

  it('updates a changed record by control number and moves its copies, in batches larger than one statement', async () => {
    const many = Array.from({ length: 1203 }, (_, index) => book(index, `Band ${index}`, [['zentrale', `B${index}`]]));
    const first = await run(Buffer.concat(many.map(writeIso2709)));
    assert.deepEqual([first.inserted, first.copiesWritten, first.failed], [1203, 1203, 0]);
    many[700] = book(700, 'Band 700, neu bearbeitet', [['letmathe', 'B700']]);
    const second = await run(Buffer.concat(many.map(writeIso2709)));
    assert.deepEqual([second.inserted, second.updated, second.unchanged, second.copiesWritten], [0, 1, 1202, 1]);
    const [changed] = await db
      .select({ title: libraryRecords.title, branch: libraryItems.branch })
      .from(libraryRecords)
      .innerJoin(libraryItems, eq(libraryItems.recordId, libraryRecords.id))
      .where(eq(libraryRecords.controlNumber, 'T700'));
    assert.deepEqual(changed, { title: 'Band 700, neu bearbeitet', branch: 'letmathe' });
  });

  it('skips broken records with their numbers, imports the rest, and audits the run with its counts', async () => {
    const broken = Buffer.from(writeIso2709(book(2, 'Kaputt')));
    broken.write('00001', 0, 'latin1');
    const noTitle = writeIso2709({ leader: '00000cam a2200000 c 4500', fields: [{ tag: '001', value: 'T3' }] });
    const file = Buffer.concat([writeIso2709(book(1, 'Heil')), broken, noTitle, writeIso2709(book(4, 'Abgeschnitten'))]);
    const report = await run(file.subarray(0, file.length - 5), 'kaputt.mrc');
    assert.deepEqual([report.read, report.inserted, report.failed], [4, 1, 3]);
    assert.deepEqual(
      report.errors.map((error) => error.number),
      [2, 3, 4],
    );
    assert.match(report.errors[1]!.message, /Titel \(Feld 245 \$a\) fehlt/);
    assert.match(report.errors[2]!.message, /abgeschnitten/);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'library.catalogue.imported'));
    assert.equal(entry?.actorLabel, 'cli');
    assert.deepEqual((entry?.details as { inserted: number; failed: number; source: string }).failed, 3);
  });

  it('lets only library staff import (a citizen is refused before anything is read)', async () => {
    const citizen = {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'b@example.org',
      displayName: 'B',
      role: 'citizen' as const,
      emailVerified: true,
      departments: [],
      permissions: new Set<string>(),
    };
    await assert.rejects(importCatalogue(citizen, { chunks: bytes(writeIso2709(book(1, 'X'))), source: 'x' }, { db }), { code: 'forbidden' });
    assert.equal((await db.select().from(libraryRecords)).length, 0);
  });
});
