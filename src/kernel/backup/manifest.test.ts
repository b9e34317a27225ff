import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BACKUP_FORMAT, manifestSchema, pendingMigrations, unknownMigrations, type Manifest } from './manifest';
import { verificationScript } from './postgres';

const manifest: Manifest = {
  format: BACKUP_FORMAT,
  formatVersion: 1,
  createdAt: '2026-12-07T10:00:00.000Z',
  portalVersion: '0.1.0',
  database: { kind: 'postgres', serverVersion: '15.18', migrations: { kernel: ['0001_a', '0002_b'], wlan: ['0001_w'] }, tables: { 'public.users': 3 } },
  municipality: { key: '05962024', name: 'Stadt Iserlohn' },
  files: { store: 'disk', count: 0, bytes: 0 },
  secret: 'environment',
};

describe('the manifest', () => {
  it('an older backup has migrations still to apply; a newer one has migrations this code does not know', () => {
    const code = new Map([
      ['kernel', ['0001_a', '0002_b', '0003_c']],
      ['wlan', ['0001_w']],
      ['council', ['0001_r']],
    ]);
    assert.deepEqual(pendingMigrations(manifest, code), ['kernel/0003_c', 'council/0001_r']);
    assert.deepEqual(unknownMigrations(manifest, code), []);
    const older = new Map([['kernel', ['0001_a']]]);
    assert.deepEqual(unknownMigrations(manifest, older), ['kernel/0002_b', 'wlan/0001_w']);
  });

  it('is validated: a manifest without its database part or with a negative count is refused', () => {
    assert.equal(manifestSchema.safeParse(manifest).success, true);
    assert.equal(manifestSchema.safeParse({ ...manifest, database: undefined }).success, false);
    assert.equal(manifestSchema.safeParse({ ...manifest, files: { store: 'disk', count: -1, bytes: 0 } }).success, false);
  });

  it('table names reach the check script only in the shape inventory.ts writes', () => {
    assert.match(verificationScript({ 'public.users': 3, 'datastore."Tabelle ""1"""': 0 }), /select count\(\*\) into found from datastore\."Tabelle ""1"""/);
    for (const name of ['users', 'public.users; drop table users', 'public."x"; --', "public.a'b"]) {
      assert.throws(() => verificationScript({ [name]: 1 }), /ungültige Tabelle/, name);
    }
  });
});
