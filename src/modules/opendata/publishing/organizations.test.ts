import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { errorMessages, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { createAccount, personWith } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { authenticateCkanToken } from '../access/api-tokens';
import { capacitiesOf } from '../repository/people';
import { createOrganization } from '../test-support';
import { PUBLISHING_PATHS } from './paths';
import { publisher } from './test-support';
import { LAST_ADMIN } from './use-cases/change-member';

describe('opendata publishing: organisations, members and API keys', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('lets an organisation’s admin add staff by address, change roles and remove them, but never the last admin', async () => {
    const city = await createOrganization(t, { title: 'Stadt Iserlohn' });
    const admin = await publisher(t, city.id, 'admin', 'Anna Admin');
    const colleague = await createAccount(t, { role: 'staff', displayName: 'Carl Kollege' });
    const someCitizen = await createAccount(t, { role: 'citizen' });
    const page = PUBLISHING_PATHS.organization(city.id);

    const notStaff = await admin.submit(page, { form: 'member', email: someCitizen.email, capacity: 'editor' });
    assert.equal(notStaff.statusCode, 400);
    assert.match(errorMessages(notStaff.body)[0]!, /kein aktives Dienstkonto/);

    assert.equal((await admin.submit(page, { form: 'member', email: colleague.email.toUpperCase(), capacity: 'editor' })).statusCode, 303);
    assert.equal((await capacitiesOf(t.db, colleague.id)).get(city.id), 'editor');
    assert.deepEqual(
      tableRows((await admin.get(page)).body).map((row) => row[0]),
      ['Anna Admin', 'Carl Kollege'],
    );

    const demote = await admin.post(PUBLISHING_PATHS.member(city.id, admin.id), { capacity: 'editor' });
    assert.equal(demote.statusCode, 400);
    assert.deepEqual(errorMessages(demote.body), [LAST_ADMIN]);
    await admin.get(PUBLISHING_PATHS.removeMember(city.id, admin.id));
    assert.equal((await admin.post(PUBLISHING_PATHS.removeMember(city.id, admin.id))).statusCode, 400);
    assert.equal((await capacitiesOf(t.db, admin.id)).get(city.id), 'admin');

    assert.equal((await admin.post(PUBLISHING_PATHS.member(city.id, colleague.id), { capacity: 'admin' })).statusCode, 303);
    assert.equal((await admin.post(PUBLISHING_PATHS.removeMember(city.id, admin.id))).statusCode, 303);
    assert.equal((await capacitiesOf(t.db, admin.id)).has(city.id), false);
  });

  it('lets the portal’s admins create an organisation with its upload limit', async () => {
    const portalAdmin = await personWith(t, 'admin');
    const bad = await portalAdmin.submit(PUBLISHING_PATHS.newOrganization, {
      name: 'Bäder',
      title: '',
      kind: 'company',
      email: 'daten@baeder.example',
      uploadLimit: 'viel',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorMessages(bad.body).length, 3);
    const created = await portalAdmin.submit(PUBLISHING_PATHS.newOrganization, {
      name: 'baeder',
      title: 'Bäderbetriebe',
      kind: 'company',
      email: 'daten@baeder.example',
      uploadLimit: '0,5',
    });
    assert.equal(created.statusCode, 303);
    const list = await portalAdmin.get(PUBLISHING_PATHS.organizations);
    assert.ok(tableRows(list.body).some((row) => row.join('|') === 'Bäderbetriebe|Portal-Administration|512 MB'));
  });

  it('shows a new API key once, lists it without the key and revokes it', async () => {
    const city = await createOrganization(t);
    const editor = await publisher(t, city.id);
    const bad = await editor.submit(PUBLISHING_PATHS.newToken, { name: '', scope: 'alles', expires: '2020-01-01' });
    assert.equal(bad.statusCode, 400);
    assert.equal(errorMessages(bad.body).length, 3);
    const created = await editor.submit(PUBLISHING_PATHS.newToken, { name: 'ckanapi', scope: 'write', expires: '' });
    assert.equal(created.statusCode, 200);
    assert.equal(created.headers['cache-control'], 'no-store');
    const token = parseHtml(created.body).querySelector('#api-token')!.textContent;
    const client = await authenticateCkanToken(t.db, token);
    assert.equal(client?.user.id, editor.id);
    assert.equal(client?.scope, 'write');

    const list = await editor.get(PUBLISHING_PATHS.tokens);
    assert.ok(!list.body.includes(token), 'the key is never shown again');
    const [row] = tableRows(list.body);
    assert.deepEqual([row![0], row![1], row![4]], ['ckanapi', 'Lesen und schreiben', 'Gültig']);
    const revokeHref = parseHtml(list.body)
      .querySelectorAll('a')
      .find((link) => textOf(link).startsWith('Widerrufen'))!
      .getAttribute('href')!;
    await editor.get(revokeHref);
    assert.equal((await editor.post(revokeHref)).statusCode, 303);
    assert.equal(await authenticateCkanToken(t.db, token), null);
  });
});
