/**
 * Helpers for this module's tests (imported by *.test.ts): a small catalogue imported as the demo
 * does, and records, copies, readers, loans and holds written directly, so each lending test
 * arranges exactly the situation it checks.
 */
import { after, before } from 'node:test';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/database';
import { testConfig } from '../../../tests/support/test-app';
import { hashPassword } from '../../kernel/auth';
import type { Database } from '../../kernel/db';
import type { ModuleDeps } from '../../kernel/module';
import { catalogueFile, demoCatalogueOptions } from './demo/index';
import { addDays, today } from './lending/rules';
import { libraryItems, libraryRecords, type LibraryItem, type LibraryRecord } from './tables/catalogue';
import { libraryFees, libraryHolds, libraryLoans, libraryReaders, type FeeReason, type LibraryReader } from './tables/lending';
import { importCatalogue } from './use-cases/import-catalogue';
import { libraryModule } from './index';

/**
 * A database of the test file's own with `count` generated records (opened before its tests,
 * closed after): for the search tests, which need enough records for facets, pages and plans.
 */
export function generatedCatalogueDatabase(count: number): { readonly db: Database; readonly database: TestDatabase } {
  const state = {} as { db: Database; database: TestDatabase };
  before(async () => {
    state.database = await openTestDatabase([libraryModule]);
    state.db = state.database.handle.db;
    await importSmallCatalogue({ db: state.db, config: testConfig() }, count);
  });
  after(() => state.database.close());
  return state;
}

/** A small catalogue from the town's demo generator (the pack's seed), imported as a file would be. */
export async function importSmallCatalogue(deps: Pick<ModuleDeps, 'db' | 'config'>, count = 300): Promise<void> {
  const options = demoCatalogueOptions(deps);
  if (!options) throw new Error('the test configuration has no library demo pack');
  const report = await importCatalogue({ id: null, label: 'test' }, { chunks: catalogueFile({ ...options, count }), source: 'test' }, deps);
  if (report.failed > 0) throw new Error(JSON.stringify(report.errors));
}

interface Db {
  db: Database;
  settled(): Promise<void>;
}

let counter = 0;

export async function insertRecord(t: Db, values: Partial<typeof libraryRecords.$inferInsert> = {}): Promise<LibraryRecord> {
  counter += 1;
  const [row] = await t.db
    .insert(libraryRecords)
    .values({
      controlNumber: `test-${counter}-${Date.now()}`,
      mediaType: 'book',
      title: `Testtitel ${counter}`,
      authors: ['Funke, Cornelia'],
      year: 2020,
      marc: {},
      ...values,
    })
    .returning();
  if (!row) throw new Error('record not inserted');
  await t.settled();
  return row;
}

export async function insertItem(t: Db, recordId: string, values: Partial<typeof libraryItems.$inferInsert> = {}): Promise<LibraryItem> {
  counter += 1;
  const [row] = await t.db
    .insert(libraryItems)
    .values({ recordId, barcode: `M${String(counter).padStart(8, '0')}`, branch: 'zentrale', shelfmark: 'Ro Fun', ...values })
    .returning();
  if (!row) throw new Error('item not inserted');
  await t.settled();
  return row;
}

export const TEST_PIN = '4711';

export async function insertReader(t: Db, values: Partial<typeof libraryReaders.$inferInsert> & { pin?: string } = {}): Promise<LibraryReader> {
  counter += 1;
  const { pin = TEST_PIN, ...rest } = values;
  const [row] = await t.db
    .insert(libraryReaders)
    .values({
      cardNumber: `10${String(counter).padStart(8, '0')}`,
      pinHash: await hashPassword(pin),
      name: `Leserin ${counter}`,
      email: `leserin${counter}@example.org`,
      expiresOn: addDays(today(), 365),
      ...rest,
    })
    .returning();
  if (!row) throw new Error('reader not inserted');
  return row;
}

/** A loan due in `dueInDays` days (negative: overdue). */
export async function insertLoan(t: Db, readerId: string, itemId: string, dueInDays = 14, renewals = 0) {
  const [row] = await t.db
    .insert(libraryLoans)
    .values({ readerId, itemId, dueOn: addDays(today(), dueInDays), renewals })
    .returning();
  await t.settled();
  if (!row) throw new Error('loan not inserted');
  return row;
}

export async function insertHold(t: Db, readerId: string, itemId: string, createdAt = new Date()) {
  const [row] = await t.db.insert(libraryHolds).values({ readerId, itemId, createdAt }).returning();
  await t.settled();
  if (!row) throw new Error('hold not inserted');
  return row;
}

export async function insertFee(t: Db, readerId: string, amountCents: number, reason: FeeReason = 'overdue', description = '') {
  const [row] = await t.db.insert(libraryFees).values({ readerId, amountCents, reason, description }).returning();
  if (!row) throw new Error('fee not inserted');
  return row;
}

/** A record with one copy lent to `reader`. */
export async function lentCopy(t: Db, reader: LibraryReader, title: string, dueInDays = 14) {
  const record = await insertRecord(t, { title });
  const item = await insertItem(t, record.id);
  const loan = await insertLoan(t, reader.id, item.id, dueInDays);
  return { record, item, loan };
}
