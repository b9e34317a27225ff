import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hmac } from '../auth/tokens';
import { issueCsrfToken } from './csrf';

const SECRET = 'test-secret-of-at-least-32-characters!';

function fakeRequest(sessionToken: string | undefined) {
  const cookiesSet: string[] = [];
  const request = { sessionToken, cookies: {} as Record<string, string>, csrfIssued: false } as unknown as FastifyRequest;
  const reply = { setCookie: (name: string) => cookiesSet.push(name) } as unknown as FastifyReply;
  issueCsrfToken(SECRET, request, reply);
  return { request, cookiesSet };
}

describe('CSRF tokens', () => {
  it('gives every form of a page the same token, and a new one when the session changes (login)', () => {
    const { request } = fakeRequest('session-a');
    const first = request.csrfToken();
    assert.equal(request.csrfToken(), first);
    assert.equal(first, hmac(SECRET, 'csrf:session-a'));
    request.sessionToken = 'session-b';
    assert.equal(request.csrfToken(), hmac(SECRET, 'csrf:session-b'));
  });

  it('sets the seed cookie for a visitor without session once, when a page first asks', () => {
    const { request, cookiesSet } = fakeRequest(undefined);
    assert.equal(request.csrfIssued, false);
    const token = request.csrfToken();
    assert.equal(request.csrfToken(), token);
    assert.deepEqual(cookiesSet, ['sp_csrf']);
    assert.equal(request.csrfIssued, true);
  });
});
