import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { users } from '../../../kernel/auth';
import { createAccount } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { apiTokens } from '../tables';
import { addMember, createOrganization } from '../test-support';
import { authenticateCkanToken, createCkanToken, revokeCkanToken } from './api-tokens';

describe('opendata: personal CKAN API keys', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function publisherWithKey(expiresAt: Date | null = null) {
    const organization = await createOrganization(t);
    const person = await createAccount(t, { role: 'staff' });
    await addMember(t, organization.id, person.id, 'editor');
    const { id, token } = await createCkanToken(t.db, person.id, { name: 'ckanapi', scope: 'write', expiresAt });
    return { organization, person, id, token };
  }

  it('gives the key’s person, its scope and their organisations', async () => {
    const { organization, person, token } = await publisherWithKey();
    assert.match(token, /^sp_ckan_/);
    const client = await authenticateCkanToken(t.db, token);
    assert.equal(client?.user.id, person.id);
    assert.equal(client?.scope, 'write');
    assert.equal(client?.access.capacities.get(organization.id), 'editor');
  });

  it('stores only the hash of the key', async () => {
    const { id, token } = await publisherWithKey();
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    assert.notEqual(row!.tokenHash, token);
    assert.equal(row!.tokenHash.length, 64);
  });

  it('refuses unknown, malformed, revoked and expired keys and keys of disabled accounts', async () => {
    const { person, id, token } = await publisherWithKey();
    assert.equal(await authenticateCkanToken(t.db, ''), null);
    assert.equal(await authenticateCkanToken(t.db, 'sp_ckan_unbekannt-aber-lang-genug-123'), null);
    assert.equal(await authenticateCkanToken(t.db, `Token ${token}`), null);
    const expired = await createCkanToken(t.db, person.id, { name: 'alt', scope: 'read', expiresAt: new Date(Date.now() - 1000) });
    assert.equal(await authenticateCkanToken(t.db, expired.token), null);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, person.id));
    assert.equal(await authenticateCkanToken(t.db, token), null);
    await t.db.update(users).set({ disabledAt: null }).where(eq(users.id, person.id));
    assert.notEqual(await authenticateCkanToken(t.db, token), null);
    assert.equal(await revokeCkanToken(t.db, person.id, id), true);
    assert.equal(await revokeCkanToken(t.db, person.id, id), false);
    assert.equal(await authenticateCkanToken(t.db, token), null);
  });

  it('lets nobody revoke another person’s key', async () => {
    const { id, token } = await publisherWithKey();
    const other = await createAccount(t, { role: 'staff' });
    assert.equal(await revokeCkanToken(t.db, other.id, id), false);
    assert.notEqual(await authenticateCkanToken(t.db, token), null);
  });

  it('writes the time of use at most once a minute', async () => {
    const { id, token } = await publisherWithKey();
    const lastUsed = async () => (await t.db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, id)))[0]!.at;
    await authenticateCkanToken(t.db, token);
    const first = await lastUsed();
    assert.ok(first);
    await authenticateCkanToken(t.db, token);
    assert.deepEqual(await lastUsed(), first);
    await t.db
      .update(apiTokens)
      .set({ lastUsedAt: new Date(Date.now() - 120_000) })
      .where(eq(apiTokens.id, id));
    await authenticateCkanToken(t.db, token);
    assert.ok((await lastUsed())!.getTime() > Date.now() - 60_000);
  });
});
