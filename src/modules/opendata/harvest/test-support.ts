/**
 * Local stand-ins for the portals a harvest reads: a CKAN Action API that pages `package_search`
 * (sort, start, rows, fq on metadata_modified, fl=id) over the packages a test holds, and a static
 * server for DCAT pages. Both can be told to misbehave on one request: a malformed answer, HTTP 500,
 * or an answer that never comes.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import { insertSource, type HarvestSource } from './repository';

export function fixture(name: string): string {
  return readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/harvest', name), 'utf8');
}

export type Fault = 'malformed' | 'status500' | 'hang';

export interface FakeServer {
  url: string;
  requests: string[];
  /** The next request matching `when` misbehaves, once. */
  failNext(fault: Fault, when?: (url: URL) => boolean): void;
  close(): Promise<void>;
}

type Handler = (url: URL, request: IncomingMessage, response: ServerResponse) => void;

async function listen(handler: Handler): Promise<FakeServer & { server: Server }> {
  const requests: string[] = [];
  let fault: { kind: Fault; when: (url: URL) => boolean } | undefined;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    if (fault?.when(url)) {
      const { kind } = fault;
      fault = undefined;
      if (kind === 'hang') return;
      if (kind === 'status500') return void response.writeHead(500).end('Internal Server Error');
      return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"success": true, "result": {"count": "viele"');
    }
    handler(url, request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (kind, when = () => true) => (fault = { kind, when }),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export type CkanPackage = Record<string, unknown> & { id: string; metadata_modified: string };

/** A CKAN portal; `packages` may be changed between runs (add, edit, remove). */
export async function fakeCkan(packages: CkanPackage[]): Promise<FakeServer & { packages: CkanPackage[] }> {
  const state = { packages };
  const fake = await listen((url, _request, response) => {
    if (url.pathname !== '/api/3/action/package_search') return void response.writeHead(404).end();
    const since = /metadata_modified:\[(\S+) TO \*\]/.exec(url.searchParams.get('fq') ?? '')?.[1];
    const matching = state.packages
      .filter((pkg) => !since || new Date(`${pkg.metadata_modified}Z`.replace(/ZZ$/, 'Z')) >= new Date(since))
      .sort((a, b) => a.id.localeCompare(b.id));
    const start = Number(url.searchParams.get('start') ?? 0);
    const rows = Number(url.searchParams.get('rows') ?? 10);
    const page = matching.slice(start, start + rows);
    const results = url.searchParams.get('fl') === 'id' ? page.map((pkg) => ({ id: pkg.id })) : page;
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ help: '', success: true, result: { count: matching.length, results } }));
  });
  return {
    ...fake,
    get packages() {
      return state.packages;
    },
    set packages(list: CkanPackage[]) {
      state.packages = list;
    },
  };
}

/** Serves `pages[path]` with its content type; `{base}` in a body becomes the server's address. */
export async function fakeCatalogue(pages: Record<string, { type: string; body: string }>): Promise<FakeServer> {
  let base = '';
  const fake = await listen((url, _request, response) => {
    const page = pages[`${url.pathname}${url.search}`];
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': page.type }).end(page.body.replaceAll('{base}', base));
  });
  base = fake.url;
  return fake;
}

/** A harvest source of the organisation at a fake server's address (`/api/3` for CKAN, `/catalog.rdf` for DCAT), run by hand only. */
export function sourceAt(db: Executor, organizationId: string, kind: 'ckan' | 'dcat', serverUrl: string): Promise<HarvestSource> {
  const [name, path] = kind === 'ckan' ? ['stadtwerke', '/api/3'] : ['katalog', '/catalog.rdf'];
  return insertSource(db, { name, title: name, url: `${serverUrl}${path}`, kind, organizationId, intervalHours: null });
}
