/**
 * One database's part of `npm run bench -- library`, run as a child process (PGlite admits one
 * process): migrations, then `library:import-marc`'s use case on the generated ISO 2709 file (read
 * as a stream, as the command reads it), then the catalogue search on the imported records. Prints
 * one JSON line for the runner. Environment: BENCH_LIBRARY_FILE, BENCH_LIBRARY_SEARCH_SECONDS and the
 * portal's own (DATA_DIR or DATABASE_URL).
 */
import { createReadStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { browseCatalogue, catalogueQuery, importCatalogue } from '../../src/modules/library';
import { MODULES } from '../../src/registry';
import { SEARCHES, searchMix } from './searches';

const file = process.env.BENCH_LIBRARY_FILE!;
const searchSeconds = Number(process.env.BENCH_LIBRARY_SEARCH_SECONDS ?? 10);
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

const config = loadConfig({ ...process.env, DEMO_DATA: '0' } as Record<string, string>, MODULES);
const { database, deps } = await openAndMigrate(config, MODULES);
try {
  const rssBefore = rssMb();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb())), 100);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await importCatalogue({ id: null, label: 'bench' }, { chunks: createReadStream(file), source: 'bench' }, deps);
  const importSeconds = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpu);
  clearInterval(sampler);
  // PGlite has no autovacuum (docs/database.md, trap 10): the kernel's hourly ANALYZE, done now.
  await database.execScript('analyze library_records; analyze library_items');
  const again = performance.now();
  const second = await importCatalogue({ id: null, label: 'bench' }, { chunks: createReadStream(file), source: 'bench' }, deps);
  const secondSeconds = (performance.now() - again) / 1000;
  // The first search reads the catalogue's index into memory (repository/catalogue-index.ts): timed on its own.
  const indexStarted = performance.now();
  const rssBeforeIndex = rssMb();
  await browseCatalogue(null, catalogueQuery.parse({ q: 'index' }), deps);
  const indexLoadSeconds = (performance.now() - indexStarted) / 1000;
  const rssAfterIndex = rssMb();
  const search = await searchMix(deps, searchSeconds);
  process.stdout.write(
    `${JSON.stringify({
      fileMb: statSync(file).size / 1024 / 1024,
      records: report.inserted,
      failed: report.failed,
      importSeconds,
      importCpuSeconds: (cpuUsed.user + cpuUsed.system) / 1e6,
      rssBeforeMb: rssBefore,
      rssPeakMb: rssPeak,
      reimport: { unchanged: second.unchanged, seconds: secondSeconds },
      index: { loadSeconds: indexLoadSeconds, rssBeforeMb: rssBeforeIndex, rssAfterMb: rssAfterIndex },
      searches: SEARCHES.length,
      search,
    })}\n`,
  );
} finally {
  await database.close();
}
