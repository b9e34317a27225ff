import type { CurrentUser } from '../../../kernel/auth';
import { requireThat } from '../../../kernel/auth';
import { audit, type NamedActor } from '../../../kernel/audit';
import type { ModuleDeps } from '../../../kernel/module';
import { mapRecord, type CatalogueCopy, type CatalogueRecord } from '../marc/map-record';
import { readMarc, type MarcFormat } from '../marc/read';
import { canImportCatalogue } from '../policies';
import { upsertCopies, upsertRecords } from '../repository/import';

/** Records per statement: few round trips, parameters well below PostgreSQL's 65,535. */
const BATCH_SIZE = 500;
/** Messages kept for the report; a file of broken records still reports every count. */
const MAX_MESSAGES = 200;

export interface ImportReport {
  format: MarcFormat | undefined;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  copiesWritten: number;
  /** The first problems, each with the record's number in the file (from 1). */
  errors: Array<{ number: number; message: string }>;
}

/**
 * Imports a MARC 21 file (ISO 2709 or MARCXML, told apart by its content) as it streams: records are
 * mapped and upserted by control number in batches, each batch in its own transaction, so a file of
 * any size needs the memory of one batch and a broken record costs only itself. Importing the same
 * file again changes nothing. The command line passes its own actor; people need the library
 * permission.
 */
export async function importCatalogue(
  actor: CurrentUser | NamedActor | null,
  input: { chunks: AsyncIterable<Uint8Array>; source: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<ImportReport> {
  if (!actor || 'role' in actor) requireThat(actor, canImportCatalogue);
  const report: ImportReport = { format: undefined, read: 0, inserted: 0, updated: 0, unchanged: 0, failed: 0, copiesWritten: 0, errors: [] };
  const fail = (number: number, message: string) => {
    report.failed++;
    if (report.errors.length < MAX_MESSAGES) report.errors.push({ number, message });
  };
  // Within a batch the later of two records with one control number wins, as it would across batches.
  let records = new Map<string, CatalogueRecord>();
  let copies = new Map<string, CatalogueCopy[]>();
  const flush = async () => {
    const batch = { records: [...records.values()], copies };
    records = new Map();
    copies = new Map();
    await db.transaction(async (tx) => {
      const outcome = await upsertRecords(tx, batch.records);
      report.inserted += outcome.inserted;
      report.updated += outcome.updated;
      report.unchanged += outcome.unchanged;
      report.copiesWritten += await upsertCopies(tx, batch.copies);
    });
  };
  for await (const result of readMarc(input.chunks, (format) => (report.format = format))) {
    report.read++;
    if (!result.ok) {
      fail(result.number, result.message);
      continue;
    }
    const mapped = mapRecord(result.record);
    if (!mapped.ok) {
      fail(result.number, mapped.message);
      continue;
    }
    records.set(mapped.record.controlNumber, mapped.record);
    if (mapped.copies.length > 0) copies.set(mapped.record.controlNumber, mapped.copies);
    if (records.size >= BATCH_SIZE) await flush();
  }
  if (records.size > 0) await flush();
  const { errors, ...counts } = report;
  await audit(db, actor, {
    action: 'library.catalogue.imported',
    objectType: 'library_catalogue',
    details: { source: input.source, ...counts, firstErrors: errors.slice(0, 5) },
  });
  return report;
}
