import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, it } from 'node:test';
import { jitsiJoinUrl, jitsiToken, type JitsiServer } from './jwt';

const SERVER: JitsiServer = { url: 'https://meet.vhs.example', appId: 'stadtportal', appSecret: 'geheim-und-lang-genug-0123456789' };

/** What prosody's token check does: recompute HS256 and compare, then read the claims. */
function verify(token: string, secret: string): Record<string, unknown> | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  assert.deepEqual(JSON.parse(Buffer.from(header, 'base64url').toString()), { alg: 'HS256', typ: 'JWT' });
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}

describe('Jitsi rooms with JWT', () => {
  const expiresAt = new Date('2030-03-04T20:00:00Z');

  it('signs the claims Jitsi checks: aud, iss, sub, room, exp and the user with name and moderator flag', () => {
    const token = jitsiToken(SERVER, { room: 'vhs-271-30105-k3x', name: 'Jürgen Weiß', id: 'u1', moderator: false, expiresAt });
    const claims = verify(token, SERVER.appSecret);
    assert.ok(claims, 'the signature holds');
    assert.equal(claims.aud, 'jitsi');
    assert.equal(claims.iss, 'stadtportal');
    assert.equal(claims.sub, 'meet.vhs.example');
    assert.equal(claims.room, 'vhs-271-30105-k3x');
    assert.equal(claims.exp, Math.floor(expiresAt.getTime() / 1000));
    assert.deepEqual(claims.context, { user: { id: 'u1', name: 'Jürgen Weiß', moderator: false } });
    assert.equal(verify(token, 'ein anderes Geheimnis'), undefined, 'another secret does not verify');
  });

  it('gives each participant a link of their own; the instructor is moderator', () => {
    const viewer = new URL(jitsiJoinUrl(SERVER, { room: 'vhs-raum', name: 'A', id: 'u1', moderator: false, expiresAt }));
    const moderator = new URL(jitsiJoinUrl(SERVER, { room: 'vhs-raum', name: 'B', id: 'u2', moderator: true, expiresAt }));
    assert.equal(viewer.origin + viewer.pathname, 'https://meet.vhs.example/vhs-raum');
    assert.notEqual(viewer.searchParams.get('jwt'), moderator.searchParams.get('jwt'));
    const claims = verify(moderator.searchParams.get('jwt')!, SERVER.appSecret);
    assert.deepEqual(claims?.context, { user: { id: 'u2', name: 'B', moderator: true } });
  });

  it('a token changed after signing (moderator flag set by hand) no longer verifies', () => {
    const [header, payload, signature] = jitsiToken(SERVER, { room: 'r', name: 'A', id: 'u1', moderator: false, expiresAt }).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { context: { user: { moderator: boolean } } };
    claims.context.user.moderator = true;
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    assert.equal(verify(forged, SERVER.appSecret), undefined);
  });
});
