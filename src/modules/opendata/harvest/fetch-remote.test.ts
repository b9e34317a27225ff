import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fetchRemote, HARVEST_USER_AGENT, RemoteError } from './fetch-remote';

/** The limits every harvest request keeps, against a local server that redirects, floods and names itself. */
describe('opendata harvest: reading a remote address', () => {
  let server: Server;
  let base = '';
  const limits = { timeoutMs: 2000, maxBytes: 1000, maxRedirects: 2 };
  before(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/agent') return void response.end(request.headers['user-agent']);
      if (path.startsWith('/weiter/')) {
        const n = Number(path.split('/')[2]);
        return void response.writeHead(302, { location: n > 0 ? `/weiter/${n - 1}` : '/agent' }).end();
      }
      if (path === '/datei') return void response.writeHead(302, { location: 'file:///etc/passwd' }).end();
      if (path === '/gross') return void response.end('x'.repeat(5000));
      response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((done) => server.close(() => done())));

  it('names itself and follows a few redirects', async () => {
    const answer = await fetchRemote(`${base}/weiter/1`, 'text/plain', limits);
    assert.equal(answer.body, HARVEST_USER_AGENT);
    assert.equal(answer.url, `${base}/agent`);
  });

  it('refuses too many redirects, other schemes, oversized answers and missing pages', async () => {
    await assert.rejects(
      fetchRemote(`${base}/weiter/5`, 'text/plain', limits),
      (error: Error) => error instanceof RemoteError && /zu oft weiter/.test(error.message),
    );
    await assert.rejects(fetchRemote(`${base}/datei`, 'text/plain', limits), /file:\/\/\/etc\/passwd ist keine http\(s\)-Adresse/);
    await assert.rejects(fetchRemote('ftp://daten.example/katalog.rdf', 'text/plain', limits), RemoteError);
    await assert.rejects(fetchRemote(`${base}/gross`, 'text/plain', limits), /größer als 1000 Bytes/);
    await assert.rejects(fetchRemote(`${base}/fehlt`, 'text/plain', limits), /HTTP 404/);
  });
});
