import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { after, before, beforeEach, describe, it } from 'node:test';
import { tableRows } from '../../../tests/support/html';
import { personWith, type Person } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { mailOutbox, sendMail } from '../../kernel/mail';
import { adminModule } from './index';

describe('admin: Meine Aufgaben', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  const failMail = async (to: string, subject: string) => {
    await sendMail(t.db, { to, subject, text: 'Hallo' });
    await t.db.update(mailOutbox).set({ status: 'failed' }).where(eq(mailOutbox.subject, subject));
  };

  it('counts undeliverable mails for outbox readers (only those they may read) and accounts without a password for admins', async () => {
    const citizen = await personWith(t, 'citizen', { email: 'buerger@example.org' });
    const newcomer = await personWith(t, 'staff', { email: 'neu@iserlohn.example', password: undefined });
    await failMail(citizen.user.email, 'An die Bürgerin');
    await failMail(newcomer.user.email, 'An den Neuen');
    await sendMail(t.db, { to: citizen.user.email, subject: 'Zugestellt', text: 'Hallo' });
    const admin = await personWith(t, 'admin', { password: 'Ein langes Passwort 1' });
    const reader = await personWith(t, 'staff', { permissions: ['admin.outbox'], password: 'Ein langes Passwort 2' });
    const nobody = await personWith(t, 'staff', { password: 'Ein langes Passwort 3' });
    const tasks = async ({ user }: Person, permissions: string[] = []) => {
      const actor = { ...user, emailVerified: true, departments: [], permissions: new Set(permissions) };
      return (await adminModule.staffTasks!(actor, t.deps)).map((task) => `${task.label}: ${task.count} ${task.href}`);
    };
    assert.deepEqual(await tasks(admin), [
      'E-Mails, die nicht zugestellt werden konnten: 2 /verwaltung/postausgang?status=failed',
      'Konten ohne gesetztes Passwort: 1 /verwaltung/benutzer?status=ohne-passwort',
    ]);
    assert.deepEqual(await tasks(reader, ['admin.outbox']), ['E-Mails, die nicht zugestellt werden konnten: 1 /verwaltung/postausgang?status=failed']);
    assert.deepEqual(await tasks(nobody), []);

    // The links show exactly what was counted.
    assert.equal(tableRows((await admin.get('/verwaltung/postausgang?status=failed')).body).length, 2);
    assert.equal(tableRows((await reader.get('/verwaltung/postausgang?status=failed')).body).length, 1);
    const withoutPassword = tableRows((await admin.get('/verwaltung/benutzer?status=ohne-passwort')).body);
    assert.equal(withoutPassword.length, 1);
    assert.equal(withoutPassword[0]?.[0], 'neu@iserlohn.example');
  });
});
