import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { sendMail } from '../../kernel/mail';
import { personWith } from './test-support';

const ADMIN_ONLY = ['/admin/benutzer', '/admin/benutzer/neu', '/admin/bereiche'];
const ALL_PAGES = ['/admin', ...ADMIN_ONLY, '/admin/protokoll', '/admin/outbox'];

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
      assert.match(response.body, /href="\/konto\/anmelden\?weiter=%2Fadmin/, url);
    }
  });

  it('refuses citizens everywhere (403) and shows them no "Verwaltung" link', async () => {
    const citizen = await personWith(t, 'citizen');
    for (const url of ALL_PAGES) assert.equal((await citizen.get(url)).statusCode, 403, url);
    assert.doesNotMatch((await citizen.get('/')).body, /href="\/admin"/);
  });

  it('lets staff without permissions open the overview only, with nothing to choose', async () => {
    const staff = await personWith(t, 'staff');
    const overview = await staff.get('/admin');
    assert.equal(overview.statusCode, 200);
    assert.match(overview.body, /<a href="\/verwaltung">Verwaltung<\/a>/, 'account link');
    assert.match(overview.body, /keine Bereiche freigeschaltet/);
    for (const url of [...ADMIN_ONLY, '/admin/protokoll', '/admin/outbox']) assert.equal((await staff.get(url)).statusCode, 403, url);
    const post = await staff.post('/admin/benutzer/neu', { email: 'x@iserlohn.example', displayName: 'X', role: 'admin' });
    assert.equal(post.statusCode, 403, 'the server refuses the form too, not only the page');
  });

  it('lets staff with admin.audit read the protocol, but not manage accounts', async () => {
    const auditor = await personWith(t, 'staff', { permissions: ['admin.audit'] });
    assert.equal((await auditor.get('/admin/protokoll')).statusCode, 200);
    const overview = await auditor.get('/admin');
    assert.match(overview.body, /href="\/admin\/protokoll"/);
    assert.doesNotMatch(overview.body, /href="\/admin\/benutzer"/);
    for (const url of [...ADMIN_ONLY, '/admin/outbox']) assert.equal((await auditor.get(url)).statusCode, 403, url);
  });

  it('shows staff with admin.outbox only mails to citizens: links in mails to staff would hand over their accounts', async () => {
    const citizen = await personWith(t, 'citizen', { email: 'buerger@example.org' });
    const colleague = await personWith(t, 'staff', { email: 'kollegin@iserlohn.example' });
    await sendMail(t.db, { to: citizen.user.email, subject: 'Für die Bürgerin', text: 'Hallo' });
    await sendMail(t.db, { to: colleague.user.email, subject: 'Für die Kollegin', text: 'Geheimer Link' });
    const reader = await personWith(t, 'staff', { permissions: ['admin.outbox'] });
    const list = await reader.get('/admin/outbox');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Für die Bürgerin/);
    assert.doesNotMatch(list.body, /Für die Kollegin/);
    const ids = [...list.body.matchAll(/href="\/admin\/outbox\/(\d+)"/g)].map((match) => Number(match[1]));
    assert.equal((await reader.get(`/admin/outbox/${ids[0]}`)).statusCode, 200);
    const hiddenId = Math.max(...ids) + 1;
    assert.equal((await reader.get(`/admin/outbox/${hiddenId}`)).statusCode, 404, 'same answer as for a missing mail');
    const admin = await personWith(t, 'admin');
    assert.equal((await admin.get(`/admin/outbox/${hiddenId}`)).statusCode, 200);
  });

  it('lets admins open every page, with every area on the overview', async () => {
    const admin = await personWith(t, 'admin');
    for (const url of ALL_PAGES) assert.equal((await admin.get(url)).statusCode, 200, url);
    const overview = await admin.get('/admin');
    for (const href of ['/admin/benutzer', '/admin/bereiche', '/admin/protokoll', '/admin/outbox']) assert.ok(overview.body.includes(`href="${href}"`), href);
  });

  it('answers unknown or malformed ids with 404, not a database error', async () => {
    const admin = await personWith(t, 'admin');
    assert.equal((await admin.get('/admin/benutzer/keine-uuid')).statusCode, 404);
    assert.equal((await admin.get('/admin/benutzer/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    assert.equal((await admin.get('/admin/outbox/abc')).statusCode, 404);
    assert.equal((await admin.get('/admin/outbox/999999')).statusCode, 404);
  });
});
