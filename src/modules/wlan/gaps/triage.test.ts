import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { storeUpload } from '../../../kernel/files';
import { SAMPLE_FILES, storedBytes } from '../../../../tests/support/files';
import { errorSummary, tableRows } from '../../../../tests/support/html';
import { mailsTo, outbox } from '../../../../tests/support/mail';
import { personWith } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MANAGE_PERMISSION } from '../policies';
import { wlanGapReports, type WlanGapReport } from '../tables';
import { eraseExpiredGapContacts } from './retention';
import { insertGapReport } from './test-support';

const LIST = '/verwaltung/wlan/luecken';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('triage of WiFi gap reports', () => {
  let t: TestApp;
  let report: WlanGapReport;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    const photo = await storeUpload(t.deps.files, { fieldName: 'foto', filename: 'ort.png', body: SAMPLE_FILES.png });
    report = await insertGapReport(t, { contactEmail: 'erika@example.org', photoKey: photo.storageKey, photoContentType: 'image/png' });
    await insertGapReport(t, { state: 'confirmed', place: 'Bahnhofsplatz (58636)' });
  });
  after(() => t.close());

  const manager = () => personWith(t, 'staff', { permissions: [MANAGE_PERMISSION] });

  it('admits staff with wlan.manage and admins; anonymous 401, citizens and other staff 404 (authorization matrix)', async () => {
    const urls = [LIST, `${LIST}/${report.id}`, `${LIST}/${report.id}/foto`];
    for (const url of urls) assert.equal((await t.client().get(url)).statusCode, 401, `anonymous ${url}`);
    const citizen = await personWith(t, 'citizen', { permissions: [MANAGE_PERMISSION] });
    const otherStaff = await personWith(t, 'staff', { permissions: ['site.accessibility_reports'] });
    const staff = await manager();
    const admin = await personWith(t, 'admin');
    for (const url of urls) {
      assert.equal((await citizen.get(url)).statusCode, 404, `citizen ${url}`);
      assert.equal((await otherStaff.get(url)).statusCode, 404, `staff without permission ${url}`);
      assert.equal((await staff.get(url)).statusCode, 200, `staff with permission ${url}`);
      assert.equal((await admin.get(url)).statusCode, 200, `admin ${url}`);
    }
    await otherStaff.get('/verwaltung');
    assert.equal((await otherStaff.post(`${LIST}/${report.id}/status`, { status: 'rejected' })).statusCode, 404);
    await citizen.get('/');
    assert.equal((await citizen.post(`${LIST}/${report.id}/status`, { status: 'rejected' })).statusCode, 404);
    const [unchanged] = await t.db.select().from(wlanGapReports).where(eq(wlanGapReports.id, report.id));
    assert.equal(unchanged?.state, 'new');
  });

  it('shows the section and a task while new reports wait, only to those who may triage', async () => {
    const staff = await manager();
    const workspace = (await staff.get('/verwaltung')).body;
    assert.match(workspace, /<a href="\/verwaltung\/wlan\/luecken">WLAN-Lücken<\/a>/);
    assert.match(
      workspace,
      /<span class="staff-task__count">1<\/span><a class="staff-task__link" href="\/verwaltung\/wlan\/luecken\?status=new">Neue WLAN-Lücken prüfen<\/a>/,
    );
    const other = await personWith(t, 'staff');
    assert.doesNotMatch((await other.get('/verwaltung')).body, /wlan\/luecken/);
  });

  it('lists reports filtered by state and shows one with map, description, photo and contact', async () => {
    const staff = await manager();
    const all = await staff.get(LIST);
    assert.equal(tableRows(all.body).length, 2);
    const confirmed = await staff.get(`${LIST}?status=confirmed`);
    assert.deepEqual(
      tableRows(confirmed.body).map((row) => row[2]),
      ['Bahnhofsplatz (58636)'],
    );
    assert.equal((await staff.get(`${LIST}?status=unbekannt`)).statusCode, 200, 'an unknown filter shows all');

    const detail = await staff.get(`${LIST}/${report.id}`);
    assert.match(detail.body, /Bushaltestelle vor dem Rathaus/);
    assert.match(detail.body, /erika@example\.org/);
    assert.match(detail.body, /<figcaption class="map__title" id="meldung-karte-title">Ort der Meldung<\/figcaption>/);
    assert.match(detail.body, new RegExp(`<img class="gap-photo" src="/verwaltung/wlan/luecken/${report.id}/foto"`));
    const photo = await staff.get(`${LIST}/${report.id}/foto`);
    assert.equal(photo.headers['content-type'], 'image/png');
    assert.equal(photo.headers['cache-control'], 'private, no-store');
    assert.equal((await staff.get(`${LIST}/keine-uuid`)).statusCode, 404);
    assert.equal((await staff.get(`${LIST}/00000000-0000-4000-8000-000000000000`)).statusCode, 404);
  });

  it('changes the state with a public note: audited once, the reporter mailed, closing dated and reopening undated', async () => {
    const staff = await manager();
    await staff.get(`${LIST}/${report.id}`);
    const response = await staff.post(`${LIST}/${report.id}/status`, { status: 'planned', hinweis: 'Ein Freifunk-Router kommt ins Rathaus.' });
    assert.equal(response.statusCode, 303);
    let [row] = await t.db.select().from(wlanGapReports).where(eq(wlanGapReports.id, report.id));
    assert.deepEqual([row?.state, row?.publicNote, row?.closedAt], ['planned', 'Ein Freifunk-Router kommt ins Rathaus.', null]);
    const [mail] = await mailsTo(t, 'erika@example.org');
    assert.match(mail?.subject ?? '', /: Geplant$/);
    assert.match(mail?.text ?? '', /Ein Freifunk-Router kommt ins Rathaus\./);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.objectId, report.id));
    assert.deepEqual(
      entries.map((entry) => [entry.action, entry.actorId, entry.details?.from, entry.details?.to]),
      [['wlan.gap.state_changed', staff.id, 'new', 'planned']],
    );

    await staff.get(`${LIST}/${report.id}`);
    await staff.post(`${LIST}/${report.id}/status`, { status: 'planned', hinweis: 'Ein Freifunk-Router kommt ins Rathaus.' });
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.objectId, report.id))).length, 1, 'nothing changed, nothing audited');

    await staff.post(`${LIST}/${report.id}/status`, { status: 'resolved', hinweis: 'Erledigt.' });
    [row] = await t.db.select().from(wlanGapReports).where(eq(wlanGapReports.id, report.id));
    assert.ok(row?.closedAt, 'closing starts the retention time');
    await staff.post(`${LIST}/${report.id}/status`, { status: 'confirmed', hinweis: 'Doch noch nicht.' });
    [row] = await t.db.select().from(wlanGapReports).where(eq(wlanGapReports.id, report.id));
    assert.equal(row?.closedAt, null, 'reopening stops it');
    assert.equal((await mailsTo(t, 'erika@example.org')).length, 3);
    const history = tableRows((await staff.get(`${LIST}/${report.id}`)).body, 'table:has(caption)').map((cells) => cells[2]);
    assert.deepEqual(history.slice(0, 2), ['WLAN-Lücke: Status geändert: Neu → Geplant', 'WLAN-Lücke: Status geändert: Geplant → Behoben']);
  });

  it('answers an unknown state with 400 and the message at the field', async () => {
    const staff = await manager();
    await staff.get(`${LIST}/${report.id}`);
    const response = await staff.post(`${LIST}/${report.id}/status`, { status: 'geloescht' });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorSummary(response.body), [{ href: '#status', text: 'Wählen Sie einen Status aus.' }]);
  });

  it('deletes e-mail and photo the configured days after closing, and keeps the report for the map', async () => {
    const closedLongAgo = new Date(Date.now() - 91 * DAY_MS);
    await t.db.update(wlanGapReports).set({ state: 'resolved', closedAt: closedLongAgo }).where(eq(wlanGapReports.id, report.id));
    const recent = await insertGapReport(t, { state: 'rejected', closedAt: new Date(Date.now() - 10 * DAY_MS), contactEmail: 'bleibt@example.org' });
    const open = await insertGapReport(t, { state: 'confirmed', contactEmail: 'offen@example.org' });
    assert.equal(await eraseExpiredGapContacts(t.deps), 1);
    const [erased] = await t.db.select().from(wlanGapReports).where(eq(wlanGapReports.id, report.id));
    assert.deepEqual([erased?.contactEmail, erased?.photoKey, erased?.state, erased?.place], [null, null, 'resolved', report.place]);
    assert.equal(await storedBytes(t.deps.files, report.photoKey!), null, 'the photo is gone from the store');
    for (const kept of [recent, open]) {
      const [row] = await t.db.select().from(wlanGapReports).where(eq(wlanGapReports.id, kept.id));
      assert.ok(row?.contactEmail, 'within the time or still open: kept');
    }
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'wlan.gap.contact_erased'));
    assert.deepEqual(entry?.details, { reference: report.reference });
    assert.equal(await eraseExpiredGapContacts(t.deps), 0, 'a second run finds nothing');
    assert.equal((await outbox(t)).length, 0);
  });
});
