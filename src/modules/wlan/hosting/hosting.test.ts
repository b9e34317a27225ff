import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { seedCatalogue } from '../../../../tests/support/applications';
import { hiddenValue, parseHtml } from '../../../../tests/support/html';
import { lastMailTo } from '../../../../tests/support/mail';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { TestClient } from '../../../../tests/support/test-client';

const PAGE = '/wlan/freifunk-anbieten';
const START = '/leistungen/freifunk-standort/antrag';

describe('Freifunk anbieten', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it("explains hosting with the town's community and offers, and links the application once the Leistung is online", async () => {
    const without = await t.client().get(PAGE);
    assert.equal(without.statusCode, 200);
    const page = parseHtml(without.body);
    assert.equal(page.querySelector('main a[href="https://www.freifunk-mk.de/"]')?.text, 'Freifunk MK');
    assert.ok(page.querySelectorAll('main li').some((item) => item.text.startsWith('Plätze auf städtischen Dächern')));
    assert.equal(page.querySelector(`a[href="${START}"]`), null, 'no application before the Leistung exists');
    assert.ok(page.querySelector('main a[href="mailto:info@iserlohn.de"]'));

    await seedCatalogue(t);
    const withService = parseHtml((await t.client().get(PAGE)).body);
    assert.equal(withService.querySelector(`a[href="${START}"]`)?.text.trim(), 'Standort online anbieten');
    assert.ok(withService.querySelector('a[href="/leistungen/freifunk-standort"]'));
    assert.ok(withService.querySelector('a[href="/wlan/luecken"]') && withService.querySelector('a[href="/wlan/luecke-melden"]'));
  });

  async function answer(client: TestClient, id: string, pageId: string, fields: Record<string, string | string[]>) {
    const url = `/antraege/${id}/seite/${pageId}`;
    const page = await client.get(url);
    assert.equal(page.statusCode, 200, `${pageId}: ${page.statusCode}`);
    return client.post(url, { formVersion: hiddenValue(page.body, 'formVersion'), _action: 'weiter', ...fields });
  }

  it('runs the application as a normal Antrag for a guest: pages, check, reference number, confirmation mail', async () => {
    await seedCatalogue(t);
    const client = t.client();
    await client.get(START);
    const started = await client.post(START, { email: 'verein@example.org' });
    const id = /^\/antraege\/([0-9a-f-]{36})\//.exec(String(started.headers.location))?.[1];
    assert.ok(id, String(started.headers.location));
    const address = (prefix: string) => ({
      [`${prefix}.street`]: 'Wermingser Straße',
      [`${prefix}.houseNumber`]: '12',
      [`${prefix}.postalCode`]: '58636',
      [`${prefix}.city`]: 'Iserlohn',
    });
    assert.equal(
      (
        await answer(client, id, 'standort', {
          siteKind: 'verein',
          organisation: 'Heimatverein am Markt e. V.',
          ...address('siteAddress'),
          siteDescription: 'Fenster des Vereinsheims zum Marktplatz, erreicht die Bushaltestelle',
        })
      ).headers.location,
      `/antraege/${id}/seite/technik`,
    );
    assert.equal(
      (await answer(client, id, 'technik', { hasInternet: 'ja', support: ['router', 'beratung'] })).headers.location,
      `/antraege/${id}/seite/person`,
    );
    assert.equal(
      (await answer(client, id, 'person', { givenName: 'Anna Maria', familyName: 'Schulte', ...address('address') })).headers.location,
      `/antraege/${id}/seite/kontakt`,
    );
    assert.equal((await answer(client, id, 'kontakt', { email: 'verein@example.org' })).headers.location, `/antraege/${id}/pruefen`);
    const check = await client.get(`/antraege/${id}/pruefen`);
    assert.match(check.body, /Beratung durch Freifunk MK/);
    const submitted = await client.post(`/antraege/${id}/absenden`, { submissionKey: hiddenValue(check.body, 'submissionKey'), declaration: 'ja' });
    assert.equal(submitted.statusCode, 303);
    // Read as SQL: the applications module's tables are not part of its public entry.
    const [row] = await queryRows<{ status: string; service_slug: string; department_id: string; reference: string }>(
      t.db,
      sql`select status, service_slug, department_id, reference from applications where id = ${id}`,
    );
    assert.equal(row?.status, 'submitted');
    assert.equal(row?.service_slug, 'freifunk-standort');
    assert.equal(row?.department_id, 'digitalisierung');
    assert.match(row?.reference ?? '', /^ISN-\d{4}-\d{6}$/);
    assert.match((await client.get(String(submitted.headers.location))).body, new RegExp(`<strong>${row!.reference}</strong>`));
    const mail = await lastMailTo(t, 'verein@example.org');
    assert.ok(mail.text.includes(row!.reference!), 'the confirmation names the reference');
  });
});
