import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { count, eq, isNotNull, sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { testConfig } from '../../../../tests/support/test-app';
import { PROJECT_ROOT } from '../../../kernel/config';
import type { Database } from '../../../kernel/db';
import { libraryModule } from '../index';
import { libraryItems, libraryRecords } from '../tables';
import { generateCatalogue } from './generator';
import { demoCatalogueOptions, seedLibraryCatalogueDemo } from './index';
import { isbn13CheckDigit } from './isbn';

const iserlohn = testConfig();
const menden = testConfig({ CONFIG_FILE: resolve(PROJECT_ROOT, 'config/menden.json') });

describe('demo catalogue generator', () => {
  it('is deterministic and writes valid ISBN-13s, Onleihe links under the configured URL and copies in both branches', () => {
    const options = demoCatalogueOptions({ config: iserlohn })!;
    const first = [...generateCatalogue({ ...options, count: 400 })];
    assert.deepEqual([...generateCatalogue({ ...options, count: 400 })], first);
    const values = (tag: string, code: string) =>
      first.flatMap((record) =>
        record.fields.flatMap((field) => (field.tag === tag && 'subfields' in field ? field.subfields.filter(([c]) => c === code).map(([, v]) => v) : [])),
      );
    const isbns = values('020', 'a').map((isbn) => isbn.replaceAll('-', ''));
    assert.ok(isbns.length > 300);
    for (const isbn of isbns) assert.equal(Number(isbn[12]), isbn13CheckDigit(isbn.slice(0, 12)), isbn);
    const links = values('856', 'u');
    assert.ok(links.length > 40, `${links.length} e-media`);
    assert.ok(links.every((link) => link.startsWith('https://www.onleihe.de/iserlohn/frontend/mediaInfo,')));
    assert.deepEqual(new Set(values('852', 'b')), new Set(['zentrale', 'letmathe']));
    assert.ok(values('041', 'a').includes('eng'));
  });
});

describe(`demo catalogue seeding (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase([libraryModule]);
    db = database.handle.db;
  });
  after(() => database.close());

  it('imports the pack through the MARC reader with every record, copies and e-media, and seeds only once', async () => {
    await seedLibraryCatalogueDemo({ db, config: iserlohn });
    const [records] = await db.select({ value: count() }).from(libraryRecords);
    assert.equal(records?.value, 3000);
    const [ebooks] = await db.select({ value: count() }).from(libraryRecords).where(isNotNull(libraryRecords.onleiheUrl));
    assert.ok((ebooks?.value ?? 0) > 300);
    const [local] = await db.select().from(libraryRecords).where(eq(libraryRecords.title, 'Iserlohn im Wandel')).limit(1);
    assert.deepEqual(local?.subjects, ['Iserlohn']);
    const branches = await db.select({ branch: libraryItems.branch, copies: count() }).from(libraryItems).groupBy(libraryItems.branch);
    assert.equal(branches.length, 2);
    const before = await db.select({ latest: sql<string>`max(${libraryRecords.updatedAt})::text` }).from(libraryRecords);
    await seedLibraryCatalogueDemo({ db, config: iserlohn });
    assert.deepEqual(await db.select({ latest: sql<string>`max(${libraryRecords.updatedAt})::text` }).from(libraryRecords), before);
  });

  it('gives the second town its own catalogue without a trace of the first', async () => {
    await database.emptyAll();
    await seedLibraryCatalogueDemo({ db, config: menden });
    const rows = await db.select({ marc: libraryRecords.marc }).from(libraryRecords);
    assert.equal(rows.length, 1500);
    assert.ok(!JSON.stringify(rows).toLowerCase().includes('iserlohn'));
    const branches = await db.selectDistinct({ branch: libraryItems.branch }).from(libraryItems);
    assert.deepEqual(branches.map((row) => row.branch).sort(), ['lendringsen', 'zentrale']);
  });
});
