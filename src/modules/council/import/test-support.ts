/**
 * A local OParl server for the importer's tests and benchmark (node:http on 127.0.0.1): serves the
 * fixtures of tests/fixtures/oparl/import/ with `{{base}}` and the real samples' hosts replaced by its
 * own address, and any route a test swaps in (slow, broken, endless, hostile).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';
import { renderPdf } from '../../../kernel/pdf';

/** Hosts of the real samples, served locally instead. */
const SAMPLE_HOSTS = ['https://sdnetrim.kdvz-frechen.de', 'http://oparl.wuppertal.de', 'https://oparl.example.org'];

export type Route = (request: IncomingMessage, response: ServerResponse, base: string) => void | Promise<void>;

export interface FixtureServer {
  base: string;
  /** Path and query of every request, in order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export const fixtureText = (name: string): string => readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/oparl/import', name), 'utf8');

export function withBase(text: string, base: string): string {
  let result = text.replaceAll('{{base}}', base);
  for (const host of SAMPLE_HOSTS) result = result.replaceAll(host, base);
  return result;
}

/** A JSON answer from a fixture file or an object (both with `{{base}}` replaced). */
export function json(source: string | object, status = 200): Route {
  return (_request, response, base) => {
    const text = typeof source === 'string' ? fixtureText(source) : JSON.stringify(source);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(withBase(text, base));
  };
}

export function bytes(body: Buffer | string, contentType: string, status = 200): Route {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  };
}

export const emptyList = (): Route => json({ data: [], pagination: {}, links: {} });

export async function samplePdf(text: string): Promise<Buffer> {
  return renderPdf({ title: 'Vorlage', author: 'Stadt Beispielstadt', blocks: [{ type: 'paragraph', text }] });
}

/** The council of Beispielstadt (fixtures written from the spec). */
export async function beispielstadtRoutes(): Promise<Record<string, Route>> {
  return {
    '/oparl/system': json('system.json'),
    '/oparl/bodies': json('bodies.json'),
    '/oparl/body/1/organization': json('organizations-1.json'),
    '/oparl/body/1/organization?page=2': json('organizations-2.json'),
    '/oparl/body/1/person': json('persons.json'),
    '/oparl/body/1/meeting': json('meetings.json'),
    '/oparl/body/1/paper': json('papers.json'),
    '/files/download/vorlage-radweg.pdf': bytes(await samplePdf('Der Radweg an der Baarstraße wird auf zwei Meter verbreitert.'), 'application/pdf'),
    '/files/einladung.pdf': bytes(await samplePdf('Einladung zur 5. Sitzung'), 'application/pdf'),
    '/files/geheim.txt': bytes('Verkauf eines Grundstücks.', 'text/plain; charset=utf-8'),
  };
}

/** The route for a request: its path with the query (without `modified_since`), else its path alone. */
function routeFor(routes: Map<string, Route>, url: URL): Route | undefined {
  url.searchParams.delete('modified_since');
  return routes.get(url.pathname + url.search) ?? routes.get(url.pathname);
}

export async function startFixtureServer(routes: Record<string, Route>): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let base = '';
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const route = routeFor(table, new URL(request.url ?? '/', base));
    if (!route) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"type":"https://schema.oparl.org/1.1/Error"}');
      return;
    }
    void Promise.resolve(route(request, response, base)).catch(() => response.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    routes: table,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** Small limits so the hostile cases end in milliseconds. */
export const TEST_LIMITS = { timeoutMs: 500, retries: 2, backoffMs: 10, maxPageBytes: 64 * 1024, maxFileBytes: 64 * 1024, maxPagesPerList: 50 };
