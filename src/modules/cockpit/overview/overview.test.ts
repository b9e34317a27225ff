import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { links, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { addDays, berlinDay } from '../../../kernel/time';
import { computeFigures } from '../figures/compute-figures';
import { fakeFigureModule, testFigure } from '../figures/test-support';
import { PATHS } from '../paths';
import { cockpitFigureDays } from '../tables';
import { insertCockpitFixture } from '../test-support';

/** The body rows of the data table captioned `caption`. */
function tableCaptioned(html: string, caption: string): string[][] {
  const table = parseHtml(html)
    .querySelectorAll('table')
    .find((candidate) => textOf(candidate.querySelector('caption')!) === caption);
  assert.ok(table, `a table captioned „${caption}“`);
  return tableRows(table.outerHTML);
}

describe('the public progress page /digitalisierung', () => {
  let t: TestApp;
  const probe = fakeFigureModule('probe', 'Bürgerplattform');
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    probe.state.answer = [
      testFigure('probe.levels', 1239, {
        label: 'Leistungen nach Reifegrad',
        parts: [
          { label: 'Reifegrad 0', value: 5 },
          { label: 'Reifegrad 4', value: 1234 },
        ],
        months: [
          { month: '2026-10', value: 4 },
          { month: '2026-11', value: 1235 },
        ],
      }),
      testFigure('probe.share', 37.5, { label: 'Ohne Termin im Rathaus', unit: 'percent' }),
    ];
  });
  after(() => t.close());

  /** The job's run; then wait until this process heard its changes (on PostgreSQL they come over a connection of their own). */
  const compute = async () => {
    await computeFigures({ ...t.deps, modules: [probe.manifest] });
    await t.settled();
  };

  it('says when the next milestone is overdue', async () => {
    const fixture = await insertCockpitFixture(t.db);
    await t.db.execute(sql`update cockpit_milestones set due_on = ${addDays(berlinDay(new Date()), -1)} where id = ${fixture.wifi.milestoneIds[1]}`);
    const text = textOf((await t.client().get(PATHS.public)).body);
    assert.match(text, /als Nächstes: Alle Plätze versorgt \(bis \d\d\.\d\d\.\d{4}, überfällig\)/);
  });

  it('lists the published measures with status, progress, owner and next milestone, without JavaScript', async () => {
    await insertCockpitFixture(t.db);
    const page = await t.client().get(PATHS.public);
    assert.equal(page.statusCode, 200);
    const text = textOf(page.body);
    assert.match(text, /Digitalisierung in Iserlohn/);
    const measures = links(page.body, '.news-list a[href]');
    assert.deepEqual(
      measures.map((link) => [link.text, link.href]),
      [
        ['Bürgerplattform', PATHS.measure('buergerplattform')],
        ['Freies WLAN in der Innenstadt', PATHS.measure('freies-wlan')],
      ],
    );
    assert.match(text, /In Umsetzung/);
    assert.match(text, /Fortschritt\s*40 %/);
    assert.match(text, /Verantwortlich\s*Digitalisierung und IT/);
    assert.match(text, /1 von 2 erreicht; als Nächstes: Alle Plätze versorgt \(bis 30\.06\.2027\)/);
    assert.doesNotMatch(text, /überfällig/);
    assert.doesNotMatch(text, /Digitale Akte/, 'an unpublished measure stays out');
    assert.doesNotMatch(page.body, /<script(?![^>]*src="\/assets\/)/, 'no inline script');
    for (const href of [PATHS.measuresCsv, PATHS.measuresJson, PATHS.feed, PATHS.feedCsv, PATHS.feedSchema]) {
      assert.ok(
        links(page.body).some((link) => link.href === href),
        `links ${href}`,
      );
    }
    assert.match(text, /Die Kennzahlen werden gerade zum ersten Mal berechnet/);
  });

  it('shows the kept figures at a glance, a table per area without charts, each figure linking to its area page', async () => {
    await compute();
    await t.db.insert(cockpitFigureDays).values({ key: 'probe.share', day: addDays(berlinDay(new Date()), -30), value: 30 });
    await t.settled();
    const page = await t.client().get(PATHS.public);
    assert.deepEqual(tableCaptioned(page.body, 'Bürgerplattform'), [
      ['Leistungen nach Reifegrad', '1.239', 'noch kein Vergleichswert', 'noch kein Vergleichswert'],
      ['Ohne Termin im Rathaus', '37,5 %', '30 % (+7,5 Prozentpunkte)', 'noch kein Vergleichswert'],
    ]);
    const headers = parseHtml(page.body).querySelectorAll('table th[scope="col"]').map(textOf);
    assert.deepEqual(headers.slice(-4), ['Kennzahl', 'Aktueller Wert', 'Vor einem Monat', 'Vor einem Jahr']);
    assert.deepEqual(
      links(page.body, 'table a[href]').map((link) => [link.text, link.href]),
      [
        ['Leistungen nach Reifegrad', `${PATHS.figureArea('buergerplattform')}#kennzahl-probe-levels-heading`],
        ['Ohne Termin im Rathaus', `${PATHS.figureArea('buergerplattform')}#kennzahl-probe-share-heading`],
      ],
    );
    assert.doesNotMatch(page.body, /<svg[^>]*role="img"/, 'no chart on the overview');
    assert.doesNotMatch(textOf(page.body), /Gezählt zum Testen/, 'the definitions stand on the area pages');
    assert.match(textOf(page.body), /Die Zahlen werden alle 15 Minuten neu berechnet/);
  });

  it('shows an area page with every figure, its definition, trend, charts and data tables; an unknown area is 404', async () => {
    await compute();
    await t.db.insert(cockpitFigureDays).values({ key: 'probe.share', day: addDays(berlinDay(new Date()), -30), value: 30 });
    await t.settled();
    const page = await t.client().get(PATHS.figureArea('buergerplattform'));
    assert.equal(page.statusCode, 200);
    const text = textOf(page.body);
    assert.equal(textOf(parseHtml(page.body).querySelector('h1')!), 'Kennzahlen: Bürgerplattform');
    assert.deepEqual(
      links(page.body, '.breadcrumbs a').map((link) => [link.text, link.href]),
      [
        ['Startseite', '/'],
        ['Transparenz', '/transparenz'],
        ['Digitalisierung', PATHS.public],
      ],
    );
    assert.match(text, /Leistungen nach Reifegrad\s*1\.239/);
    assert.match(text, /Gezählt zum Testen/);
    assert.deepEqual(tableCaptioned(page.body, 'Leistungen nach Reifegrad: Aufteilung – Werte'), [
      ['Reifegrad 0', '5'],
      ['Reifegrad 4', '1.234'],
    ]);
    assert.deepEqual(tableCaptioned(page.body, 'Leistungen nach Reifegrad je Monat – Werte'), [
      ['Okt. 2026', '4'],
      ['Nov. 2026', '1.235'],
    ]);
    assert.equal((page.body.match(/<svg[^>]*role="img"/g) ?? []).length, 3, 'two charts of the first figure and the history of the second');
    assert.ok(parseHtml(page.body).querySelector('#kennzahl-probe-share-heading'), 'the overview links to each figure');
    assert.match(text, /Ohne Termin im Rathaus\s*37,5 %/);
    assert.match(text, /Vor einem Monat\s*30 % \(\+7,5 Prozentpunkte\)/);
    assert.match(text, /Vor einem Jahr\s*noch kein Vergleichswert/);
    assert.equal((await t.client().get(PATHS.figureArea('freies-wlan'))).statusCode, 404);
    assert.equal((await t.client().get(PATHS.figureArea('Bürgerplattform'))).statusCode, 404, 'only the slug names an area');
  });

  it('escapes the names of areas and figures on both pages', async () => {
    const odd = fakeFigureModule('odd', '<b>Tür & Tor</b>');
    odd.state.answer = [testFigure('odd.count', 1, { label: '<img src=x onerror=alert(1)>' })];
    await computeFigures({ ...t.deps, modules: [odd.manifest] });
    await t.settled();
    const overview = (await t.client().get(PATHS.public)).body;
    assert.deepEqual(tableCaptioned(overview, '<b>Tür & Tor</b>')[0]?.[0], '<img src=x onerror=alert(1)>');
    const [link] = links(overview, 'table a[href]');
    assert.equal(link?.href, `${PATHS.figureArea('b-tuer-tor-b')}#kennzahl-odd-count-heading`);
    const area = await t.client().get(link.href.split('#')[0]!);
    assert.equal(area.statusCode, 200);
    for (const body of [overview, area.body]) {
      assert.doesNotMatch(body, /<img src=x|<b>Tür/);
      assert.match(body, /&lt;img src=x onerror=alert\(1\)>/);
    }
    assert.match(textOf(area.body), /Kennzahlen: <b>Tür & Tor<\/b>/);
  });

  it('answers visitors from the page cache until the next figure run, never computing a figure itself', async () => {
    await compute();
    const visitor = t.client();
    const areaPage = PATHS.figureArea('buergerplattform');
    const first = (await visitor.get(PATHS.public)).body;
    const firstArea = (await visitor.get(areaPage)).body;
    assert.match(textOf(first), /Leistungen nach Reifegrad\s*1\.239/);
    assert.match(textOf(firstArea), /Leistungen nach Reifegrad\s*1\.239/);
    probe.state.answer = [testFigure('probe.levels', 2000, { label: 'Leistungen nach Reifegrad' })];
    assert.equal((await visitor.get(PATHS.public)).body, first, 'a page never asks the modules');
    assert.equal((await visitor.get(areaPage)).body, firstArea);
    // Without the triggers nothing tells the cache: the copy stays, which proves it is served from memory.
    const triggers = async (state: 'disable' | 'enable') => {
      for (const table of ['cockpit_figures', 'cockpit_figure_days']) {
        await t.db.execute(sql.raw(`alter table ${table} ${state} trigger ${table}_notify_change`));
      }
    };
    await triggers('disable');
    try {
      await compute();
      assert.equal((await visitor.get(PATHS.public)).body, first);
      assert.equal((await visitor.get(areaPage)).body, firstArea);
    } finally {
      await triggers('enable');
    }
    await compute();
    const after = textOf((await visitor.get(PATHS.public)).body);
    assert.match(after, /Leistungen nach Reifegrad\s*2\.000/);
    assert.doesNotMatch(after, /Ohne Termin im Rathaus/, 'a figure no longer given is gone');
    const afterArea = textOf((await visitor.get(areaPage)).body);
    assert.match(afterArea, /Leistungen nach Reifegrad\s*2\.000/);
    assert.doesNotMatch(afterArea, /Ohne Termin im Rathaus/);
  });
});
