import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerMovedPaths } from './redirects';

describe('registerMovedPaths', () => {
  let app: FastifyInstance;
  before(async () => {
    app = Fastify();
    await app.register(formbody);
    registerMovedPaths(app, [
      { from: '/alt', to: '/neu' },
      { from: '/alt/liste/*', to: '/neu/liste' },
      { from: '/alt/eintrag/:id', to: '/neu/eintraege/:id' },
      { from: '/alt/funktion/:id', to: (params) => `/neu/f-${params.id}` },
    ]);
    await app.ready();
  });
  after(() => app.close());

  const location = async (method: 'GET' | 'HEAD' | 'POST' | 'DELETE', url: string) => {
    const response = await app.inject({
      method,
      url,
      ...(method === 'POST' ? { payload: 'name=Wert', headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
    });
    return `${response.statusCode} ${response.headers.location ?? ''}`;
  };

  it('answers GET and HEAD with 301 and keeps the query string', async () => {
    assert.equal(await location('GET', '/alt?seite=2&q=M%C3%BCller'), '301 /neu?seite=2&q=M%C3%BCller');
    assert.equal(await location('HEAD', '/alt'), '301 /neu');
  });

  it('answers POST and other methods with 308, so the browser sends the form body again', async () => {
    assert.equal(await location('POST', '/alt/liste/neu?x=1'), '308 /neu/liste/neu?x=1');
    assert.equal(await location('DELETE', '/alt/eintrag/42'), '308 /neu/eintraege/42');
  });

  it('moves a prefix with everything below it, and fills parameters into a template or a function', async () => {
    assert.equal(await location('GET', '/alt/liste'), '301 /neu/liste');
    assert.equal(await location('GET', '/alt/liste/'), '301 /neu/liste');
    assert.equal(await location('GET', '/alt/liste/a/b/c'), '301 /neu/liste/a/b/c');
    assert.equal(await location('GET', '/alt/funktion/7'), '301 /neu/f-7');
  });

  it('keeps parameters inside the path: no second host, query or fragment can be smuggled in', async () => {
    assert.equal(await location('GET', '/alt/eintrag/%2F%2Fboese.example'), '301 /neu/eintraege/%2F%2Fboese.example');
    assert.equal(await location('GET', '/alt/liste/x%3Fy%23z'), '301 /neu/liste/x%3Fy%23z');
  });

  it('leaves unknown paths to the ordinary 404', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/alt/unbekannt' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/alt/eintrag/1/mehr' })).statusCode, 404);
  });
});
