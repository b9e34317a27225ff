/**
 * The importer's part of the council benchmark (issue 13): a generated council of `papers` papers (with
 * a tenth as many meetings of ten agenda items each, a consultation per paper that names a meeting's
 * agenda item, 100 persons with two memberships, 20 Gremien; files without bytes) served by a local
 * OParl server in pages of 100, imported once in full and once incrementally (nothing changed). Reports
 * objects/s and the peak RSS. Run it per database (DATABASE_URL, DATA_DIR, else a temporary PGlite):
 * `node --import tsx bench/council/measure-import.ts [papers]`; bench/council/run.ts calls `measureImport`.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { importOparl } from '../../src/modules/council';
import { MODULES } from '../../src/registry';

const PAGE = 100;

type Route = (request: IncomingMessage, response: ServerResponse, base: string) => void;

/** The generated source on 127.0.0.1 (the module's test fixture server is for tests only). */
async function serve(routes: Record<string, Route>): Promise<{ base: string; close: () => Promise<void> }> {
  let base = '';
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', base).pathname];
    if (route) route(request, response, base);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise((done) => server.close(() => done())) };
}
const T = 'https://schema.oparl.org/1.1/';

function council(papers: number) {
  const meetings = Math.max(1, Math.floor(papers / 10));
  const organization = (i: number) => ({
    id: `{{base}}/o/${i}`,
    type: `${T}Organization`,
    name: `Ausschuss ${i}`,
    shortName: `A${i}`,
    organizationType: 'Gremium',
  });
  const person = (i: number) => ({
    id: `{{base}}/pe/${i}`,
    type: `${T}Person`,
    name: `Person ${i}`,
    membership: [0, 1].map((m) => ({ id: `{{base}}/ms/${i}-${m}`, organization: `{{base}}/o/${(i + m) % 20}`, role: 'Mitglied' })),
  });
  const meeting = (i: number) => ({
    id: `{{base}}/m/${i}`,
    type: `${T}Meeting`,
    name: `${i}. Sitzung`,
    start: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString(),
    organization: [`{{base}}/o/${i % 20}`],
    agendaItem: Array.from({ length: 10 }, (_, a) => ({ id: `{{base}}/ai/${i}-${a}`, number: `Ö ${a + 1}`, name: `Punkt ${a + 1}`, public: true })),
  });
  const paper = (i: number) => ({
    id: `{{base}}/p/${i}`,
    type: `${T}Paper`,
    name: `Vorlage ${i} zur Stadtentwicklung`,
    reference: `V/${i}`,
    date: '2025-06-01',
    paperType: 'Beschlussvorlage',
    mainFile: { id: `{{base}}/f/${i}`, type: `${T}File`, name: `Vorlage ${i}`, mimeType: 'application/pdf', text: `Text der Vorlage ${i}` },
    consultation: [
      {
        id: `{{base}}/c/${i}`,
        meeting: `{{base}}/m/${i % meetings}`,
        agendaItem: `{{base}}/ai/${i % meetings}-${i % 10}`,
        organization: [`{{base}}/o/${i % 20}`],
      },
    ],
  });
  return { meetings, organization, person, meeting, paper };
}

/** A paged list served from a generator: page n of `count` objects. */
function pagedList(path: string, count: number, make: (i: number) => object): Route {
  return (request, response, base) => {
    const page = Number(new URL(request.url!, base).searchParams.get('page') ?? '0');
    const from = page * PAGE;
    const data = Array.from({ length: Math.max(0, Math.min(PAGE, count - from)) }, (_, k) => make(from + k));
    const links = from + PAGE < count ? { next: `{{base}}${path}?page=${page + 1}` } : {};
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data, pagination: { totalElements: count }, links }).replaceAll('{{base}}', base));
  };
}

export interface ImportMeasure {
  papers: number;
  objects: number;
  seconds: number;
  objectsPerSecond: number;
  rssPeakMb: number;
  incrementalSeconds: number;
}

export async function measureImport(papers = 10_000): Promise<ImportMeasure> {
  const c = council(papers);
  const json =
    (body: object): Route =>
    (_request, response, base) =>
      void response.end(JSON.stringify(body).replaceAll('{{base}}', base));
  const server = await serve({
    '/system': json({ id: '{{base}}/system', type: `${T}System`, body: '{{base}}/bodies' }),
    '/bodies': json({
      data: [
        {
          id: '{{base}}/b',
          type: `${T}Body`,
          name: 'Benchstadt',
          organization: '{{base}}/lo',
          person: '{{base}}/lpe',
          meeting: '{{base}}/lm',
          paper: '{{base}}/lp',
        },
      ],
      links: {},
    }),
    '/lo': pagedList('/lo', 20, c.organization),
    '/lpe': pagedList('/lpe', 100, c.person),
    '/lm': pagedList('/lm', c.meetings, c.meeting),
    '/lp': pagedList('/lp', papers, c.paper),
  });
  const config = loadConfig({ ...process.env, DEMO_DATA: '0' } as Record<string, string>, MODULES);
  const { database, deps } = await openAndMigrate(config, MODULES);
  try {
    const rss = () => process.memoryUsage().rss / 1024 / 1024;
    let rssPeak = rss();
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rss())), 50);
    const started = performance.now();
    const first = await importOparl(`${server.base}/system`, deps, { skipFiles: true });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (first.outcome !== 'succeeded') throw new Error(`import failed: ${JSON.stringify(first.errors)}`);
    const again = performance.now();
    await importOparl(`${server.base}/system`, deps, { skipFiles: true });
    const incrementalSeconds = (performance.now() - again) / 1000;
    const objects = Object.values(first.counts).reduce((sum, counts) => sum + counts.new + counts.changed, 0);
    return { papers, objects, seconds, objectsPerSecond: objects / seconds, rssPeakMb: rssPeak, incrementalSeconds };
  } finally {
    await database.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Never into the portal's own data directory: a temporary one unless a database is named.
  if (!process.env.DATABASE_URL && !process.env.DATA_DIR) process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'stadtportal-bench-council-import-'));
  const result = await measureImport(Number(process.argv[2] ?? 10_000));
  process.stdout.write(
    [
      '| papers | objects | seconds | objects/s | peak RSS (MB) | incremental run (s) |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${result.papers} | ${result.objects} | ${result.seconds.toFixed(1)} | ${result.objectsPerSecond.toFixed(0)} | ${result.rssPeakMb.toFixed(0)} | ${result.incrementalSeconds.toFixed(1)} |`,
      '',
    ].join('\n'),
  );
}
