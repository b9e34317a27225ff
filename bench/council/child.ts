/**
 * One measurement of the council part in a process of its own (PGlite admits one process per data
 * directory, and each measurement wants its own database): `node --import tsx bench/council/child.ts
 * api|search|import` with DATA_DIR or DATABASE_URL set; prints the result as the last line, in JSON.
 */
import { measureOparlApi } from './measure-api';
import { measureImport } from './measure-import';
import { measureCouncilSearch } from './measure-search';

const PARTS: Record<string, () => Promise<unknown>> = {
  api: () => measureOparlApi(process.env),
  search: () => measureCouncilSearch(process.env, Number(process.env.BENCH_COUNCIL_SEARCH_PAPERS ?? 10_000)),
  import: () => measureImport(Number(process.env.BENCH_COUNCIL_IMPORT_PAPERS ?? 10_000)),
};

const part = PARTS[process.argv[2] ?? ''];
if (!part) throw new Error(`child.ts wants one of ${Object.keys(PARTS).join(', ')}`);
process.stdout.write(`${JSON.stringify(await part())}\n`);
process.exit(0);
