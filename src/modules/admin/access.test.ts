import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { links } from '../../../tests/support/html';
import { personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { sendMail } from '../../kernel/mail';
import { adminModule } from './index';
import { ADMIN_PATHS } from './paths';

const ADMIN_ONLY = [ADMIN_PATHS.users, ADMIN_PATHS.newUser, ADMIN_PATHS.departments, ADMIN_PATHS.apiTokens, ADMIN_PATHS.newApiToken];
const ALL_PAGES = [...ADMIN_ONLY, ADMIN_PATHS.audit, ADMIN_PATHS.outbox];

describe('admin: who may see what', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('asks anonymous visitors to log in (401 with a link to the login page)', async () => {
    const client = t.client();
    for (const url of ALL_PAGES) {
      const response = await client.get(url);
      assert.equal(response.statusCode, 401, url);
      assert.match(response.body, /href="\/konto\/anmelden\?weiter=%2Fverwaltung/, url);
    }
  });

  it('answers citizens and staff without permissions like missing pages (404), forms included', async () => {
    for (const person of [await personWith(t, 'citizen'), await personWith(t, 'staff')]) {
      for (const url of ALL_PAGES) assert.equal((await person.get(url)).statusCode, 404, `${person.user.role} ${url}`);
      const post = await person.post(ADMIN_PATHS.newUser, { email: 'x@iserlohn.example', displayName: 'X', role: 'admin' });
      assert.equal(post.statusCode, 404, 'the server refuses the form too, not only the page');
      assert.equal((await person.post(ADMIN_PATHS.newApiToken, { name: 'Heimlich' })).statusCode, 404);
    }
  });

  it('lets staff with admin.audit read the protocol, but not manage accounts', async () => {
    const auditor = await personWith(t, 'staff', { permissions: ['admin.audit'] });
    assert.equal((await auditor.get(ADMIN_PATHS.audit)).statusCode, 200);
    for (const url of [...ADMIN_ONLY, ADMIN_PATHS.outbox]) assert.equal((await auditor.get(url)).statusCode, 404, url);
  });

  it('offers each person exactly the workspace sections their pages let them open', () => {
    const actor = (role: 'staff' | 'admin', permissions: string[] = []) => ({
      id: role,
      email: `${role}@iserlohn.example`,
      displayName: role,
      role,
      emailVerified: true,
      departments: [],
      permissions: new Set(permissions),
    });
    const sections = (who: ReturnType<typeof actor> | null) =>
      (adminModule.staffSections ?? []).filter((section) => section.allowed(who)).map((section) => section.href);
    assert.deepEqual(sections(actor('staff', ['admin.audit'])), [ADMIN_PATHS.audit]);
    assert.deepEqual(sections(actor('staff', ['admin.outbox'])), [ADMIN_PATHS.outbox]);
    assert.deepEqual(sections(actor('staff')), []);
    assert.deepEqual(sections(actor('admin')), [ADMIN_PATHS.users, ADMIN_PATHS.departments, ADMIN_PATHS.apiTokens, ADMIN_PATHS.audit, ADMIN_PATHS.outbox]);
    assert.deepEqual(sections(null), []);
  });

  it('shows staff with admin.outbox only mails to citizens: links in mails to staff would hand over their accounts', async () => {
    const citizen = await personWith(t, 'citizen', { email: 'buerger@example.org' });
    const colleague = await personWith(t, 'staff', { email: 'kollegin@iserlohn.example' });
    await sendMail(t.db, { to: citizen.user.email, subject: 'Für die Bürgerin', text: 'Hallo' });
    await sendMail(t.db, { to: colleague.user.email, subject: 'Für die Kollegin', text: 'Geheimer Link' });
    const reader = await personWith(t, 'staff', { permissions: ['admin.outbox'] });
    const list = await reader.get(ADMIN_PATHS.outbox);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Für die Bürgerin/);
    assert.doesNotMatch(list.body, /Für die Kollegin/);
    const ids = [...list.body.matchAll(/href="\/verwaltung\/postausgang\/(\d+)"/g)].map((match) => Number(match[1]));
    assert.equal((await reader.get(ADMIN_PATHS.mail(ids[0]!))).statusCode, 200);
    const hiddenId = Math.max(...ids) + 1;
    assert.equal((await reader.get(ADMIN_PATHS.mail(hiddenId))).statusCode, 404, 'same answer as for a missing mail');
    const admin = await personWith(t, 'admin');
    assert.equal((await admin.get(ADMIN_PATHS.mail(hiddenId))).statusCode, 200);
  });

  it('lets admins open every page in the workspace layout, with "Verwaltung" in the breadcrumbs', async () => {
    const admin = await personWith(t, 'admin');
    for (const url of ALL_PAGES) {
      const page = await admin.get(url);
      assert.equal(page.statusCode, 200, url);
      assert.ok(
        links(page.body).some((link) => link.href === '/verwaltung' && link.text === 'Verwaltung'),
        url,
      );
    }
  });

  it('answers unknown or malformed ids with 404, not a database error', async () => {
    const admin = await personWith(t, 'admin');
    for (const url of [
      ADMIN_PATHS.user('keine-uuid'),
      ADMIN_PATHS.user('00000000-0000-4000-8000-000000000000'),
      ADMIN_PATHS.userAction('keine-uuid', 'sperren'),
      ADMIN_PATHS.mail('abc'),
      ADMIN_PATHS.mail(999999),
      ADMIN_PATHS.revokeApiToken('keine-uuid'),
      ADMIN_PATHS.revokeApiToken('00000000-0000-4000-8000-000000000000'),
    ]) {
      assert.equal((await admin.get(url)).statusCode, 404, url);
    }
  });
});
