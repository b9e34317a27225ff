import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { jobs } from '../../../kernel/jobs/tables';
import { errorMessages, errorSummary, tableRows, textOf } from '../../../../tests/support/html';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { IMPORT_SOURCE_JOB } from '../import/jobs';
import { createFeedSource, feedFixture } from '../import/test-support';
import { STAFF_PATHS } from '../paths';
import { MANAGE_PERMISSION } from '../policies';
import { wlanFeedSources, wlanHotspotDays, wlanHotspots, wlanImportRuns } from '../tables';
import { createOwnHotspot } from './test-support';

const HOTSPOT = {
  name: 'Stadtwerke, Kundencenter',
  operator: 'Stadtwerke Iserlohn',
  address: 'Stefanstraße 4–8, 58638 Iserlohn',
  latitude: '51,3781',
  longitude: '7,6934',
  description: 'Im Foyer und auf dem Vorplatz.',
  online: 'ja',
};

describe('wlan staff sections', () => {
  let t: TestApp;
  let staff: Person;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
  });
  after(() => t.close());

  const audited = async () => (await t.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action);

  it('adds an own hotspot with a German decimal comma, gives it a readable page name and marks it inside the area; audited', async () => {
    const saved = await staff.submit(STAFF_PATHS.newHotspot, HOTSPOT);
    assert.equal(saved.statusCode, 303);
    const [hotspot] = await t.db.select().from(wlanHotspots);
    assert.deepEqual(
      [hotspot!.kind, hotspot!.slug, hotspot!.latitude, hotspot!.longitude, hotspot!.insideArea, hotspot!.online, hotspot!.description],
      ['own', 'stadtwerke-kundencenter', 51.3781, 7.6934, true, true, 'Im Foyer und auf dem Vorplatz.'],
    );
    const list = await staff.get(STAFF_PATHS.hotspots);
    assert.deepEqual(tableRows(list.body)[0], ['Stadtwerke, Kundencenter', 'Stadtwerke Iserlohn', 'Stefanstraße 4–8, 58638 Iserlohn', 'in Betrieb', 'ja']);
    assert.match(textOf(list.body), /Der Hotspot ist gespeichert/);
    const again = await staff.submit(STAFF_PATHS.newHotspot, { ...HOTSPOT, latitude: '51,5', longitude: '7,9' });
    assert.equal(again.statusCode, 303);
    const slugs = (await t.db.select({ slug: wlanHotspots.slug, inside: wlanHotspots.insideArea }).from(wlanHotspots)).map(
      (row) => `${row.slug} ${row.inside}`,
    );
    assert.deepEqual(slugs.sort(), ['stadtwerke-kundencenter true', 'stadtwerke-kundencenter-2 false']);
    assert.deepEqual(await audited(), ['wlan.hotspot.created', 'wlan.hotspot.created']);
  });

  it('shows the form again with 400, an error summary, a message per field and the input kept', async () => {
    const response = await staff.submit(STAFF_PATHS.newHotspot, {
      ...HOTSPOT,
      name: '',
      latitude: '151,2',
      longitude: 'sieben',
      description: 'x'.repeat(2001),
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      errorSummary(response.body).map((error) => error.href),
      ['#name', '#latitude', '#longitude', '#description'],
    );
    assert.deepEqual(errorMessages(response.body).slice(0, 3), [
      'Geben Sie den Namen des Hotspots an.',
      'Der Breitengrad liegt zwischen −90 und 90.',
      'Geben Sie den Längengrad als Dezimalzahl an, zum Beispiel 7,6958.',
    ]);
    assert.match(response.body, /value="Stadtwerke Iserlohn"/);
    const nowhere = await staff.submit(STAFF_PATHS.newHotspot, { ...HOTSPOT, latitude: '0', longitude: '0,0' });
    assert.equal(nowhere.statusCode, 400);
    assert.match(textOf(nowhere.body), /0\/0 liegt im Atlantik/);
    assert.equal((await t.db.select().from(wlanHotspots)).length, 0);
  });

  it('edits, retires and brings back a hotspot; deleting needs the confirmation and removes its history', async () => {
    const hotspot = await createOwnHotspot(t);
    await t.db.insert(wlanHotspotDays).values({ hotspotId: hotspot.id, day: '2026-11-30', online: true, maxClients: 4 });
    const form = await staff.get(STAFF_PATHS.hotspot(hotspot.id));
    assert.match(form.body, /value="51,3757"/);
    assert.equal((await staff.submit(STAFF_PATHS.hotspot(hotspot.id), { ...HOTSPOT, online: '' })).statusCode, 303);
    const [edited] = await t.db.select().from(wlanHotspots);
    assert.deepEqual([edited!.name, edited!.online, edited!.slug], [HOTSPOT.name, false, hotspot.slug]);
    await staff.submit(STAFF_PATHS.hotspot(hotspot.id), {}, STAFF_PATHS.retireHotspot(hotspot.id));
    assert.notEqual((await t.db.select().from(wlanHotspots))[0]!.removedAt, null);
    assert.match(textOf((await staff.get(STAFF_PATHS.hotspots)).body), /außer Betrieb/);
    await staff.submit(STAFF_PATHS.hotspot(hotspot.id), {}, STAFF_PATHS.retireHotspot(hotspot.id));
    assert.equal((await t.db.select().from(wlanHotspots))[0]!.removedAt, null);
    const unconfirmed = await staff.submit(STAFF_PATHS.hotspot(hotspot.id), {}, STAFF_PATHS.deleteHotspot(hotspot.id));
    assert.equal(unconfirmed.statusCode, 400);
    assert.deepEqual(errorSummary(unconfirmed.body), [{ text: 'Bestätigen Sie, dass der Hotspot endgültig gelöscht werden soll.', href: '#confirm' }]);
    const deleted = await staff.submit(STAFF_PATHS.hotspot(hotspot.id), { confirm: 'ja' }, STAFF_PATHS.deleteHotspot(hotspot.id));
    assert.equal(deleted.statusCode, 303);
    assert.equal((await t.db.select().from(wlanHotspots)).length, 0);
    assert.equal((await t.db.select().from(wlanHotspotDays)).length, 0);
    assert.deepEqual(await audited(), ['wlan.hotspot.updated', 'wlan.hotspot.retired', 'wlan.hotspot.updated', 'wlan.hotspot.deleted']);
  });

  it('adds a feed source, refuses a second one with the same address and an http-less address; a file source keeps its location', async () => {
    const source = {
      name: 'Freifunk MK',
      url: 'https://map.freifunk-mk.example/data/meshviewer.json',
      format: 'meshviewer',
      intervalMinutes: '30',
      enabled: 'ja',
    };
    const saved = await staff.submit(STAFF_PATHS.newSource, source);
    assert.equal(saved.statusCode, 303);
    const twice = await staff.submit(STAFF_PATHS.newSource, { ...source, name: 'Doppelt' });
    assert.equal(twice.statusCode, 400);
    assert.match(errorMessages(twice.body)[0]!, /Diesen Feed gibt es schon als Quelle „Freifunk MK“/);
    const bad = await staff.submit(STAFF_PATHS.newSource, { ...source, url: '/etc/passwd', intervalMinutes: '2', format: 'xml' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      errorSummary(bad.body).map((error) => error.href),
      ['#url', '#format', '#intervalMinutes'],
    );
    const file = await createFeedSource(t, { url: feedFixture('nodes-v1.json'), name: 'Demo-Feed' });
    const page = await staff.get(STAFF_PATHS.source(file.id));
    assert.doesNotMatch(page.body, /name="url"/);
    const edited = await staff.submit(STAFF_PATHS.source(file.id), {
      name: 'Demo-Feed Iserlohn',
      url: 'https://elsewhere.example/x.json',
      format: 'auto',
      intervalMinutes: '60',
    });
    assert.equal(edited.statusCode, 303);
    const [stored] = await t.db.select().from(wlanFeedSources).where(eq(wlanFeedSources.id, file.id));
    assert.deepEqual([stored!.name, stored!.url, stored!.enabled, stored!.intervalMinutes, stored!.format], ['Demo-Feed Iserlohn', file.url, false, 60, null]);
  });

  it('switches the schedule, queues "Jetzt importieren" once, and the log shows the run with every skipped node and its reason', async () => {
    const source = await createFeedSource(t, { url: feedFixture('nodes-v1.json') });
    await staff.submit(STAFF_PATHS.source(source.id), {}, STAFF_PATHS.toggleSource(source.id));
    assert.equal((await t.db.select().from(wlanFeedSources))[0]!.enabled, false);
    await staff.submit(STAFF_PATHS.source(source.id), {}, STAFF_PATHS.importSource(source.id));
    const queued = await staff.submit(STAFF_PATHS.source(source.id), {}, STAFF_PATHS.importSource(source.id));
    assert.equal(queued.statusCode, 303);
    assert.equal((await t.db.select().from(jobs).where(eq(jobs.kind, IMPORT_SOURCE_JOB))).length, 1);
    await t.worker.runOnce();
    const [run] = await t.db.select().from(wlanImportRuns);
    assert.equal(run!.outcome, 'succeeded');
    const log = await staff.get(STAFF_PATHS.runs);
    assert.deepEqual(tableRows(log.body)[0]!.slice(1), ['Freifunk Märkischer Kreis', 'erfolgreich', '4', '2', '2']);
    const page = await staff.get(STAFF_PATHS.run(run!.id));
    assert.deepEqual(
      tableRows(page.body, 'table').map((row) => row[0]),
      ['a0f3c1000001', 'a0f3c1000002'],
    );
    assert.match(textOf(page.body), /vertauscht/);
    const sources = await staff.get(STAFF_PATHS.sources);
    assert.deepEqual(tableRows(sources.body)[0]!.slice(0, 3), ['Freifunk Märkischer Kreis', 'ausgeschaltet', '2']);
    assert.deepEqual(await audited(), ['wlan.source.disabled', 'wlan.source.import_queued', 'wlan.source.import_queued']);
  });
});
