/**
 * The test client keeps cookies as a browser does: each value as the portal sent it (encoded) and
 * back byte for byte, so a flash message with a `;` arrives whole; a cookie the portal clears is gone.
 * A small app with the portal's cookie plugin and flash, so the test is about the client alone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { decorateFlash, FLASH_COOKIE, readFlash } from '../../src/kernel/http/flash';
import { TestClient } from './test-client';

const MESSAGE = 'Gespeichert; die Änderung gilt ab morgen, 8 Uhr = sofort.';
const NOTE = 'a;b, c=d %41';

describe('TestClient cookies', () => {
  let app: FastifyInstance;

  before(async () => {
    app = Fastify();
    await app.register(cookie, { secret: 'ein Geheimnis nur für diesen Test, lang genug' });
    decorateFlash(app);
    app.get('/speichern', (_request, reply) => reply.flash(MESSAGE).redirect('/seite', 303));
    app.get('/merken', (_request, reply) => reply.setCookie('note', NOTE, { path: '/' }).send('gemerkt'));
    app.get('/seite', (request, reply) => {
      readFlash(request, reply);
      return { flash: request.flash ?? null, note: request.cookies.note ?? null };
    });
    await app.ready();
  });
  after(() => app.close());

  it('sends a flash message with ";" back whole, and only once', async () => {
    const client = new TestClient(app);
    assert.equal((await client.get('/speichern')).statusCode, 303);
    assert.equal((await client.get('/seite')).json().flash, MESSAGE);
    assert.equal(client.hasCookie(FLASH_COOKIE), false, 'the portal cleared the flash cookie');
    assert.equal((await client.get('/seite')).json().flash, null);
  });

  it('sends a cookie back exactly as the portal set it', async () => {
    const client = new TestClient(app);
    const response = await client.get('/merken');
    const pair = String(response.headers['set-cookie']).split(';')[0];
    assert.equal(pair, `note=${encodeURIComponent(NOTE)}`);
    assert.equal(client.cookieHeader(), pair);
    assert.equal((await client.get('/seite')).json().note, NOTE);
  });

  it('encodes a cookie the test sets as the portal would', async () => {
    const client = new TestClient(app);
    client.setCookie('note', NOTE);
    assert.equal((await client.get('/seite')).json().note, NOTE);
  });
});
