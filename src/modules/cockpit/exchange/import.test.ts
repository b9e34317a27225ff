import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { enqueue } from '../../../kernel/jobs';
import { errorMessages, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { insertFigures } from '../exports/test-support';
import { STAFF_PATHS } from '../paths';
import { COORDINATE_PERMISSION, EDIT_PERMISSION } from '../policies';
import { startFeedSource } from './hostile-server';
import { takeFeedFromUrl } from './import/take-feed';
import { REFRESH_FEEDS_JOB } from './jobs';
import { foreignFeed } from './test-support';

const count = async (t: TestApp) => Number((await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from cockpit_partner_feeds`))[0]!.n);
const problemsOn = (html: string) => [...parseHtml(html).querySelectorAll('form .list li')].map((item) => textOf(item));

describe('importing another town’s feed for the comparison', () => {
  let t: TestApp;
  let source: { base: string; server: Server };
  let coordinator: Person;
  before(async () => {
    t = await createTestApp();
    source = await startFeedSource();
  });
  beforeEach(async () => {
    await t.reset();
    await insertFigures(t.db);
    coordinator = await staffMember(t, [], { permissions: [COORDINATE_PERMISSION] });
  });
  after(async () => {
    source.server.close();
    await t.close();
  });

  it('reads a valid feed and shows the town’s figures beside ours by key, with its measures', async () => {
    const added = await coordinator.submit(STAFF_PATHS.comparison, { url: `${source.base}/feed.json` });
    assert.equal(added.statusCode, 303, errorMessages(added.body).join(' | '));
    const page = await coordinator.get(STAFF_PATHS.comparison);
    assert.match(page.body, /Der Feed von Menden \(Sauerland\) ist gelesen/);
    const rows = tableRows(page.body);
    assert.deepEqual(rows, [
      ['Leistungen ohne persönliches Erscheinen', '62,5 %', '80 (andere Einheit)'],
      ['WLAN-Hotspots online', '48', '12'],
      ['Sirenen vernetzt', '—', '7'],
    ]);
    assert.deepEqual(tableRows(page.body, 'section table'), [['Digitales Rathaus', 'In Umsetzung', '30 %', 'offen', '1 von 1']]);
    const [audit] = await queryRows<{ action: string }>(t.db, sql`select action from audit_log where action like 'cockpit.%'`);
    assert.equal(audit?.action, 'cockpit.partner_feed.imported');
  });

  const refusals: Array<[string, RegExp, RegExp[]]> = [
    ['/html', /liefert eine Webseite \(HTML\), keinen Feed/, []],
    ['/html-as-json', /liefert eine Webseite \(HTML\)/, []],
    ['/invalid-json', /nicht dem Schema/, [/kein gültiges JSON/]],
    [
      '/wrong-schema',
      /nicht dem Schema/,
      [
        /Feld „schemaVersion“ hat nicht die erwartete Form/,
        /Es fehlt das Feld „figures“/,
        /Maßnahme 1, Feld „progressPercent“ muss höchstens 100 sein/,
        /Maßnahme 1, Feld „status“ muss einer dieser Werte sein/,
        /Maßnahme 1, Feld „endsOn“ hat weder/,
      ],
    ],
    ['/many', /nicht dem Schema/, [/mehr als 1000 Maßnahmen/]],
    ['/own', /nicht dem Schema/, [/Feed der eigenen Stadt/]],
    ['/huge', /größer als 5242880 Bytes/, []],
    ['/gone', /antwortet mit HTTP 404/, []],
  ];
  for (const [path, message, problems] of refusals) {
    it(`refuses ${path} with the form again, saying why, and keeps nothing`, async () => {
      const response = await coordinator.submit(STAFF_PATHS.comparison, { url: `${source.base}${path}` });
      assert.equal(response.statusCode, 400);
      assert.match(errorMessages(response.body).join(' '), message);
      const listed = problemsOn(response.body);
      for (const problem of problems) {
        assert.ok(
          listed.some((line) => problem.test(line)),
          `${String(problem)} in ${JSON.stringify(listed)}`,
        );
      }
      assert.equal(await count(t), 0);
    });
  }

  it('gives up on a source that keeps it waiting, at the timeout', async () => {
    const taken = await takeFeedFromUrl(`${source.base}/slow`, t.config, { maxBytes: 1000, timeoutMs: 300 });
    assert.equal(taken.ok, false);
    assert.match(taken.ok ? '' : taken.message, /hat nicht innerhalb von 0\.3 Sekunden geantwortet/);
  });

  it('refuses what is not an http(s) address before reading anything', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/feed.json', 'javascript:alert(1)', '']) {
      const response = await coordinator.submit(STAFF_PATHS.comparison, { url });
      assert.equal(response.statusCode, 400, url);
      assert.match(errorMessages(response.body)[0] ?? '', /Adresse/);
    }
  });

  it('shows markup in a town’s titles as text, never as HTML', async () => {
    assert.equal((await coordinator.submit(STAFF_PATHS.comparison, { url: `${source.base}/script` })).statusCode, 303);
    const page = await coordinator.get(STAFF_PATHS.comparison);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.doesNotMatch(page.body, /<img src=x/);
    assert.equal(tableRows(page.body, 'section table')[0]![0], '<script>alert("xss")</script><b>Fett</b>', 'shown as the text it is');
    assert.equal(parseHtml(page.body).querySelectorAll('main b').length, 0);
  });

  it('takes an uploaded feed file, and refuses a broken one with its problems', async () => {
    await coordinator.get(STAFF_PATHS.comparison);
    const broken = await coordinator.postMultipart(STAFF_PATHS.comparisonUpload, {}, [
      { field: 'file', filename: 'feed.json', bytes: Buffer.from(JSON.stringify(foreignFeed({ municipality: { name: 'Menden', ags: '123' } }))) },
    ]);
    assert.equal(broken.statusCode, 400);
    assert.ok(problemsOn(broken.body).some((line) => /Feld „municipality“, Feld „ags“ hat nicht die erwartete Form/.test(line)));
    assert.ok(problemsOn(broken.body).some((line) => /Es fehlt das Feld „url“/.test(line)));
    const good = await coordinator.postMultipart(STAFF_PATHS.comparisonUpload, {}, [
      { field: 'file', filename: 'feed.json', bytes: Buffer.from(JSON.stringify(foreignFeed())) },
    ]);
    assert.equal(good.statusCode, 303);
    const page = await coordinator.get(STAFF_PATHS.comparison);
    assert.match(page.body, /hochgeladene Datei/);
    assert.doesNotMatch(page.body, /jetzt abrufen/, 'a file has nothing to read again');
  });

  it('refuses an uploaded file above the limit, and a form without a file', async () => {
    await coordinator.get(STAFF_PATHS.comparison);
    const huge = await coordinator.postMultipart(STAFF_PATHS.comparisonUpload, {}, [
      { field: 'file', filename: 'riesig.json', bytes: Buffer.alloc(6 * 1024 * 1024, 0x20) },
    ]);
    assert.equal(huge.statusCode, 400);
    assert.match(errorMessages(huge.body).join(' '), /„riesig\.json“ ist zu groß/);
    const none = await coordinator.postMultipart(STAFF_PATHS.comparisonUpload, {});
    assert.equal(none.statusCode, 400);
    assert.match(errorMessages(none.body).join(' '), /Wählen Sie die Feed-Datei/);
    assert.equal(await count(t), 0);
  });

  it('takes no upload from staff who do not coordinate (404, nothing stored)', async () => {
    const editor = await staffMember(t, [], { permissions: [EDIT_PERMISSION] });
    await editor.get('/barrierefreiheit/barriere-melden');
    const response = await editor.postMultipart(STAFF_PATHS.comparisonUpload, {}, [
      { field: 'file', filename: 'feed.json', bytes: Buffer.from(JSON.stringify(foreignFeed())) },
    ]);
    assert.equal(response.statusCode, 404);
    assert.equal(await count(t), 0);
  });

  it('reads a town again: a failure keeps the last good feed and says what went wrong', async () => {
    await coordinator.submit(STAFF_PATHS.comparison, { url: `${source.base}/feed.json` });
    const [row] = await queryRows<{ id: string }>(t.db, sql`select id from cockpit_partner_feeds`);
    await t.db.execute(sql`update cockpit_partner_feeds set source_url = ${`${source.base}/invalid-json`}`);
    const refreshed = await coordinator.submit(STAFF_PATHS.comparison, {}, STAFF_PATHS.refreshPartnerFeed(row!.id));
    assert.equal(refreshed.statusCode, 303);
    const page = await coordinator.get(STAFF_PATHS.comparison);
    assert.match(page.body, /ließ sich nicht lesen/);
    assert.match(page.body, /Letzter Abruf fehlgeschlagen/);
    assert.match(textOf(page.body), /kein gültiges JSON/);
    assert.equal(tableRows(page.body)[1]![2], '12', 'the last good figures stay');
  });

  it('reads every town with a URL again in the daily job', async () => {
    await coordinator.submit(STAFF_PATHS.comparison, { url: `${source.base}/feed.json` });
    await t.db.execute(sql`update cockpit_partner_feeds set feed = jsonb_set(feed, '{figures,0,value}', '1'), fetched_at = now() - interval '2 days'`);
    await enqueue(t.db, REFRESH_FEEDS_JOB, {});
    await t.worker.runOnce();
    const [row] = await queryRows<{ value: number }>(t.db, sql`select (feed->'figures'->0->>'value')::int as value from cockpit_partner_feeds`);
    assert.equal(row?.value, 12);
  });

  it('removes a town from the comparison', async () => {
    await coordinator.submit(STAFF_PATHS.comparison, { url: `${source.base}/feed.json` });
    const [row] = await queryRows<{ id: string }>(t.db, sql`select id from cockpit_partner_feeds`);
    assert.equal((await coordinator.submit(STAFF_PATHS.comparison, {}, STAFF_PATHS.removePartnerFeed(row!.id))).statusCode, 303);
    assert.equal(await count(t), 0);
  });
});
