import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { measure } from '../lib/load';
import { entryArgs } from '../lib/scenarios';
import { startServer, type RunningServer } from '../lib/server';
import { comparePage, loadRequest, settle, type CompareContext } from './compare';
import { makeFixtures } from './fixtures';
import { badInputRequest, type BadInput, type Database, type Fixtures, type PageType } from './page-types';
import { DEMO_DATA, latencyOf, type PageRow } from './report';

export interface PagesContext extends CompareContext {
  badInputSeconds: number;
  /** Few: a bad input's row shows what one such request costs, not a queue of 32 of them. */
  badInputConnections: number;
  catalogueRows: number;
  entry: string;
  nodeFlags: string[];
  portalEnv: Record<string, string>;
  /** performance.now() after which no row starts any more. */
  softLimitMs: number;
}

async function startPortal(database: Database, databaseEnv: Record<string, string>, context: PagesContext): Promise<RunningServer> {
  return startServer({
    name: `portal (${database})`,
    args: [...context.nodeFlags, ...entryArgs(context.entry)],
    cwd: context.projectRoot,
    env: { ...databaseEnv, ...context.portalEnv },
    readyPath: '/healthz',
    // The first start runs the migrations and the demo data.
    timeoutMs: 120_000,
  });
}

/** Adds the generated Leistungen in a child process while no portal runs (PGlite admits one process). */
async function seedCatalogue(databaseEnv: Record<string, string>, context: PagesContext): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/pages/seed-catalogue.ts'], {
    cwd: context.projectRoot,
    env: { ...process.env, ...databaseEnv, ...context.portalEnv, BENCH_CATALOGUE_ROWS: String(context.catalogueRows) },
    timeout: 180_000,
  });
  return stdout.trim().split('\n').at(-1) ?? '';
}

/** Measures row by row; a row that fails is reported with its reason and the others still run, unless the portal is gone. */
async function eachRow<T extends { key: string; name: string }>(
  portal: RunningServer,
  items: T[],
  base: Omit<PageRow, 'key' | 'page' | 'group'>,
  context: PagesContext,
  measureOne: (item: T) => Promise<Partial<PageRow>>,
  /** What the row says even when it is not measured: its goal. */
  describe: (item: T) => Pick<PageRow, 'group' | 'accept'>,
): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  for (const item of items) {
    const row: PageRow = { ...base, key: item.key, page: item.name, ...describe(item) };
    const gone = portal.exitReport();
    if (gone) row.notMeasured = `the portal ${gone}`.slice(0, 200);
    else if (performance.now() > context.softLimitMs) row.notMeasured = 'time budget used up';
    else {
      context.log(`${base.database} (${base.dataset}): ${item.name}`);
      try {
        Object.assign(row, await measureOne(item));
      } catch (error) {
        row.notMeasured = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
        context.log(`  not measured: ${row.notMeasured}`);
      }
    }
    rows.push(row);
  }
  return rows;
}

function pageRows(portal: RunningServer, types: PageType[], fixtures: Fixtures, base: Omit<PageRow, 'key' | 'page' | 'group'>, context: PagesContext) {
  return eachRow(
    portal,
    types,
    base,
    context,
    async (type) => ({ measured: await comparePage(portal, type.request(fixtures), context) }),
    (type) => ({ group: type.group }),
  );
}

/** Demo data first, then the catalogue rows again and the bad inputs with the generated Leistungen. */
export async function benchDatabase(
  database: Database,
  databaseEnv: Record<string, string>,
  pageTypes: PageType[],
  badInputs: BadInput[],
  context: PagesContext,
): Promise<PageRow[]> {
  const rows: PageRow[] = [];
  context.log(`${database}: first start (migrations, demo data)`);
  let portal = await startPortal(database, databaseEnv, context);
  try {
    const fixtures = await makeFixtures(portal.baseUrl, pageTypes, context.load.connections);
    rows.push(...(await pageRows(portal, pageTypes, fixtures, { database, dataset: DEMO_DATA }, context)));
    const catalogue = pageTypes.filter((type) => type.catalogue);
    if (catalogue.length + badInputs.length === 0) return rows;
    await portal.stop();
    context.log(`${database}: ${context.catalogueRows} generated Leistungen: ${await seedCatalogue(databaseEnv, context)}`);
    portal = await startPortal(database, databaseEnv, context);
    const base = { database, dataset: `${context.catalogueRows.toLocaleString('en')} Leistungen` };
    const running = portal;
    const badLoad = { ...context.load, connections: context.badInputConnections, seconds: context.badInputSeconds };
    const accepted = (input: BadInput) => input.accept ?? [200, 400];
    const badInput = async (input: BadInput) => {
      const result = await measure(`${running.baseUrl}${input.path}`, badLoad, running.pid, loadRequest(badInputRequest(input)));
      await settle(running);
      return { latency: latencyOf(result, accepted(input)) };
    };
    // Bad inputs first: they are short, and their check (never a 5xx) must not fall to the time budget.
    rows.push(...(await eachRow(running, badInputs, base, context, badInput, (input) => ({ group: 'search', accept: accepted(input) }))));
    rows.push(...(await pageRows(running, catalogue, fixtures, base, context)));
    return rows;
  } finally {
    await portal.stop();
  }
}
