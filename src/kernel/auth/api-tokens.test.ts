import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { queryRows } from '../db';
import { authenticateApiToken, createApiToken, revokeApiToken } from './api-tokens';
import { departments } from './tables';

describe('API tokens', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await t.db.insert(departments).values({ id: 'buergeramt', name: 'Bürgeramt' });
  });
  after(() => t.close());

  it('authenticates a bearer token, stores only its hash and records the last use', async () => {
    const { id, token } = await createApiToken(t.db, { name: 'Fachverfahren Bürgeramt', departmentId: 'buergeramt' });
    assert.match(token, /^sp_[\w-]{40,}$/);
    const client = await authenticateApiToken(t.db, `Bearer ${token}`);
    assert.deepEqual(client, { tokenId: id, name: 'Fachverfahren Bürgeramt', departmentId: 'buergeramt' });
    const [row] = await queryRows<{ token_hash: string; used: boolean }>(
      t.db,
      sql`select token_hash, last_used_at is not null as used from api_tokens where id = ${id}`,
    );
    assert.notEqual(row!.token_hash, token);
    assert.ok(!row!.token_hash.includes(token.slice(3)));
    assert.equal(row!.used, true);
  });

  it('refuses missing, malformed, unknown and revoked tokens', async () => {
    const { id, token } = await createApiToken(t.db, { name: 'Kurzlebig' });
    for (const header of [
      undefined,
      '',
      token,
      `Basic ${token}`,
      `Bearer ${token}x`,
      'Bearer sp_unbekannt-unbekannt-unbekannt',
      `Bearer ${token}' or 1=1 --`,
    ]) {
      assert.equal(await authenticateApiToken(t.db, header), null, `refused: ${String(header)}`);
    }
    assert.equal(await revokeApiToken(t.db, id), true);
    assert.equal(await revokeApiToken(t.db, id), false, 'revoking twice changes nothing');
    assert.equal(await authenticateApiToken(t.db, `Bearer ${token}`), null);
  });
});
