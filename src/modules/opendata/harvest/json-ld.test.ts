import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextLoader } from './json-ld';
import { fakeCatalogue } from './test-support';

describe('opendata harvest: JSON-LD contexts', () => {
  it('answers the well-known contexts without the network', async () => {
    const contexts = contextLoader();
    for (const url of ['http://www.w3.org/ns/hydra/context.jsonld', 'https://schema.org/', 'http://schema.org']) {
      assert.ok(await contexts.load(url), url);
    }
  });

  it('fetches any other context once per run, within small limits, and only a few of them', async () => {
    const big = JSON.stringify({ '@context': { note: `http://example.org/${'x'.repeat(600 * 1024)}` } });
    const pages: Record<string, { type: string; body: string }> = { '/gross.jsonld': { type: 'application/ld+json', body: big } };
    for (const n of [1, 2, 3, 4]) {
      pages[`/k${n}.jsonld`] = { type: 'application/ld+json', body: JSON.stringify({ '@context': { [`t${n}`]: `http://example.org/t${n}` } }) };
    }
    const server = await fakeCatalogue(pages);
    try {
      const contexts = contextLoader({ timeoutMs: 2_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 3 });
      await contexts.load(`${server.url}/k1.jsonld`);
      await contexts.load(`${server.url}/k1.jsonld`);
      assert.deepEqual(server.requests, ['/k1.jsonld']);
      await assert.rejects(contexts.load(`${server.url}/gross.jsonld`), /größer als 524288 Bytes/, 'a context is small, whatever the run allows');
      await contexts.load(`${server.url}/k2.jsonld`);
      await contexts.load(`${server.url}/k3.jsonld`);
      await assert.rejects(contexts.load(`${server.url}/k4.jsonld`), /mehr als 4 entfernte JSON-LD-Kontexte/);
      assert.equal(server.requests.includes('/k4.jsonld'), false);
    } finally {
      await server.close();
    }
  });
});
