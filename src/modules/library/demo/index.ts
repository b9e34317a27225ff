import { count } from 'drizzle-orm';
import { moduleSettings } from '../../../kernel/config';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { writeIso2709 } from '../marc/iso2709-writer';
import { librarySettings } from '../settings';
import { libraryRecords } from '../tables';
import { importCatalogue } from '../use-cases/import-catalogue';
import { generateCatalogue, type CatalogueGeneratorOptions } from './generator';
import { cataloguePackSchema } from './pack';

const DEMO_ACTOR = Object.freeze({ id: null, label: 'demo' });
/** Records per chunk handed to the reader, as a file stream would hand them. */
const RECORDS_PER_CHUNK = 200;

/** The generator's options from the municipality's pack and library settings, or undefined without a pack. */
export function demoCatalogueOptions(deps: Pick<ModuleDeps, 'config'>): CatalogueGeneratorOptions | undefined {
  const pack = readDemoPack(deps.config, 'library-catalogue', cataloguePackSchema);
  if (!pack) return undefined;
  return {
    ...generatedCatalogueOptions(deps, pack.records, pack.seed),
    controlPrefix: pack.controlPrefix,
    localTitles: pack.localTitles.map((local) => ({ ...local, subject: [local.subject.name, local.subject.gnd] as const })),
  };
}

/** A generated catalogue of `count` records with the configured branches and Onleihe (the benchmark's). */
export function generatedCatalogueOptions(deps: Pick<ModuleDeps, 'config'>, count: number, seed = 1): CatalogueGeneratorOptions {
  const settings = moduleSettings(deps, librarySettings);
  return {
    count,
    seed,
    controlPrefix: 'BENCH',
    onleiheUrl: settings.onleiheUrl,
    branches: settings.branches.map((branch, index) => ({ id: branch.id, barcodePrefix: String(index + 1) })),
    localTitles: [],
  };
}

/** The generated catalogue as the bytes of an ISO 2709 file, in chunks. */
export async function* catalogueFile(options: CatalogueGeneratorOptions): AsyncGenerator<Uint8Array> {
  let chunk: Buffer[] = [];
  for (const record of generateCatalogue(options)) {
    chunk.push(writeIso2709(record));
    if (chunk.length === RECORDS_PER_CHUNK) {
      yield Buffer.concat(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) yield Buffer.concat(chunk);
}

/**
 * The demo catalogue: generated as an ISO 2709 file and imported through the same reader and import
 * as `library:import-marc`, so every start with demo data proves the import. Skipped when the
 * catalogue has records (a real one, or the demo's from an earlier start).
 */
export async function seedLibraryCatalogueDemo(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const options = demoCatalogueOptions(deps);
  if (!options) return;
  const [existing] = await deps.db.select({ value: count() }).from(libraryRecords);
  if ((existing?.value ?? 0) > 0) return;
  const report = await importCatalogue(DEMO_ACTOR, { chunks: catalogueFile(options), source: 'Demo-Katalog' }, deps);
  if (report.failed > 0) throw new Error(`The demo catalogue did not import: ${JSON.stringify(report.errors.slice(0, 3))}`);
}
