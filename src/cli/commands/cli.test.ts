import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { mailOutbox } from '../../kernel/mail';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { cliOn, spawnCli } from './test-support';

describe('command line', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
  });
  after(() => t.close());

  it('is the real entry point: exit code 0 and the set-password link on stdout', async () => {
    const spawned = await spawnCli();
    try {
      const created = await spawned.cli('user:create', '--email', 'neu@iserlohn.example', '--role', 'staff');
      assert.equal(created.code, 0, created.stderr);
      assert.match(created.stdout, /^http:\/\/portal\.test\/konto\/passwort-neu\/[A-Za-z0-9_-]{43}$/m);
    } finally {
      spawned.remove();
    }
  });

  it('refuses wrong usage with exit code 2 and a pointer to the help', async () => {
    const run = await cli('user:create', '--role', 'staff');
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /Geben Sie --email an/);
    assert.match(run.stderr, /npm run cli -- user:create --help/);
    const unknown = await cli('user:erstellen');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unbekannter Befehl „user:erstellen“/);
  });

  it('creates a staff account with a set-password link, lists it, and audits it as "cli"', async () => {
    const created = await cli('user:create', '--email', 'Neu@Iserlohn.example', '--role', 'staff', '--name', 'Nora Neu', '--permission', 'admin.audit');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /^http:\/\/portal\.test\/konto\/passwort-neu\/[A-Za-z0-9_-]{43}$/m);

    const listed = await cli('user:list');
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, /neu@iserlohn\.example\s+staff\s+ohne Passwort\s+–\s+Nora Neu/);

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'admin.user_created'));
    assert.equal(entry?.actorLabel, 'cli');
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'neu@iserlohn.example'));
    assert.equal(mails.length, 1, 'the mail is queued as well');

    const again = await cli('user:create', '--email', 'neu@iserlohn.example', '--role', 'staff');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Es gibt schon ein Konto mit der Adresse neu@iserlohn\.example/);
  });

  it('creates an API token shown once, lists it, revokes it', async () => {
    const created = await cli('token:create', '--name', 'Fachverfahren Test');
    assert.equal(created.code, 0, created.stderr);
    const token = /^\s+(sp_[\w-]+)$/m.exec(created.stdout)?.[1];
    const id = /\(([0-9a-f-]{36})\)/.exec(created.stdout)?.[1];
    assert.ok(token && id, created.stdout);
    const revoked = await cli('token:revoke', '--id', id);
    assert.equal(revoked.code, 0, revoked.stderr);
    const listed = await cli('token:list');
    assert.match(listed.stdout, new RegExp(`${id}\\s+Fachverfahren Test\\s+–\\s+widerrufen`));
    assert.ok(!listed.stdout.includes(token), 'the token itself is never shown again');
  });
});
