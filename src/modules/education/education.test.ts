import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { EventSource, ModuleManifest, PublicEvent } from '../../kernel/module';
import { MODULES } from '../../registry';
import { links, parseHtml, textOf } from '../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { addDays, berlinDay, berlinDayStart } from '../../kernel/time';
import { PATHS } from './paths';

const DAY_MS = 86_400_000;
const todayStart = berlinDayStart(berlinDay(new Date()));
/** An event `days` after today's start, at `hour` (UTC) for 90 minutes. */
function event(id: string, days: number, hour: number, fields: Partial<PublicEvent> = {}): PublicEvent {
  const startsAt = new Date(todayStart.getTime() + days * DAY_MS + hour * 3_600_000);
  return {
    id,
    title: `Termin ${id}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 90 * 60_000),
    place: 'Stadtbahnhof',
    online: false,
    audience: 'Erwachsene',
    href: `/test/${id}`,
    cancelled: false,
    sequence: 0,
    ...fields,
  };
}

/** Two event sources beside the real modules: fixed events, as a module's tables would give them, and one that fails on request. */
const asked: Array<{ from: Date; to: Date; limit: number }> = [];
/** Events "written" to the courses' table by a test (which then touches the table, as a write would). */
const added: PublicEvent[] = [];
const courses: EventSource = {
  area: 'Kurse',
  href: '/test/kurse',
  description: 'Kurse zum Testen.',
  tables: ['services'],
  list: async (window) => {
    asked.push(window);
    const all = [
      ...added,
      event('a', 0, 17),
      event('b', 2, 9, { place: null, online: true, audience: 'Jugendliche' }),
      event('c', 5, 12, { cancelled: true }),
      event('d', 40, 12),
      event('e', -3, 12),
    ];
    return all.filter((e) => e.startsAt >= window.from && e.startsAt < window.to).slice(0, window.limit);
  },
};
let failing = false;
const readings: EventSource = {
  area: 'Lesungen',
  href: '/test/lesungen',
  description: 'Lesungen zum Testen.',
  tables: [],
  list: async (window) => {
    if (failing) throw new Error('source down');
    return [event('l', 1, 16, { title: 'Bilderbuchkino', place: 'Bücherei', audience: 'Kinder ab 4' })].filter(
      (e) => e.startsAt >= window.from && e.startsAt < window.to,
    );
  },
};
const testModules: ModuleManifest[] = [
  { id: 'test-courses', events: courses },
  { id: 'test-readings', events: readings },
];

describe('education hub and calendar', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ modules: [...MODULES, ...testModules] });
  });
  after(() => t.close());

  const titles = (html: string) =>
    parseHtml(html)
      .querySelectorAll('.event-list__title')
      .map((node) => textOf(node));

  it('presents every offer and the next events from now, two weeks ahead', async () => {
    const { statusCode, body } = await t.app.inject(PATHS.home);
    assert.equal(statusCode, 200);
    const page = parseHtml(body);
    assert.deepEqual(
      page
        .querySelectorAll('.card__title a')
        .map((a) => [a.getAttribute('href'), textOf(a)])
        .filter(([href]) => href?.startsWith('/test/')),
      [
        ['/test/kurse', 'Kurse'],
        ['/test/lesungen', 'Lesungen'],
      ],
    );
    const shown = titles(body);
    assert.ok(shown.includes('Bilderbuchkino') && shown.includes('Termin b') && shown.includes('Termin c'), shown.join(', '));
    assert.ok(!shown.includes('Termin d') && !shown.includes('Termin e'), 'nothing after two weeks or in the past');
    assert.match(textOf(page), /Fällt aus/);
  });

  it('is named in the breadcrumbs of the Volkshochschule’s and the Stadtbücherei’s pages, after the start page', async () => {
    for (const path of ['/bildung/vhs', '/bildung/buecherei', '/bildung/buecherei/konto/anmelden']) {
      const { statusCode, body } = await t.app.inject(path);
      assert.equal(statusCode, 200, path);
      assert.deepEqual(
        links(body, '.breadcrumbs a')
          .slice(0, 2)
          .map((link) => [link.text, link.href]),
        [
          ['Startseite', '/'],
          ['Bildung', PATHS.home],
        ],
        path,
      );
    }
  });

  it('lists four weeks from today by day, in start order, with the filters counted over the window', async () => {
    asked.length = 0;
    const { statusCode, body } = await t.app.inject(PATHS.calendar);
    assert.equal(statusCode, 200);
    const shown = titles(body);
    const expected = [event('a', 0, 17), event('l', 1, 16, { title: 'Bilderbuchkino' }), event('b', 2, 9), event('c', 5, 12)]
      .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())
      .map((e) => e.title);
    assert.deepEqual(
      shown.filter((title) => expected.includes(title)),
      expected,
    );
    assert.ok(!shown.includes('Termin d') && !shown.includes('Termin e'));
    const page = parseHtml(body);
    const optionsOf = (name: string) => page.querySelectorAll(`select[name="${name}"] option`).map((option) => textOf(option));
    assert.ok(optionsOf('ort').includes('Online (1)'), optionsOf('ort').join(' | '));
    assert.ok(optionsOf('zielgruppe').includes('Kinder ab 4 (1)'));
    assert.ok(optionsOf('angebot').includes('Kurse (3)'));
    assert.deepEqual(
      asked.map((w) => [w.limit, (w.to.getTime() - w.from.getTime()) / DAY_MS]),
      [[1000, 28]],
      'asked once, for 28 days, with a bound',
    );
  });

  it('filters by place, audience and offer, shows them as removable chips, and turns the window', async () => {
    const online = await t.app.inject({ url: PATHS.calendar, query: { ort: 'Online' } });
    assert.deepEqual(titles(online.body), ['Termin b']);
    assert.match(online.body, /Ort: Online/);
    const children = await t.app.inject({ url: PATHS.calendar, query: { zielgruppe: 'Kinder ab 4', angebot: 'Lesungen' } });
    assert.deepEqual(titles(children.body), ['Bilderbuchkino']);
    const later = await t.app.inject({ url: PATHS.calendar, query: { von: addDays(berlinDay(new Date()), 28) } });
    assert.ok(titles(later.body).includes('Termin d'));
    const earlier = await t.app.inject({ url: PATHS.calendar, query: { von: addDays(berlinDay(new Date()), -28) } });
    assert.ok(titles(earlier.body).includes('Termin e'));
    assert.match(later.body, /rel="prev"/);
  });

  it('keeps each source’s window until one of its tables changes, also for visitors the page cache misses', async () => {
    const uncached = { url: PATHS.calendar, query: { zielgruppe: 'Senioren' } };
    await t.app.inject(uncached);
    const before = asked.length;
    await t.app.inject({ ...uncached, query: { zielgruppe: 'Jugendliche' } });
    assert.equal(asked.length, before, 'another filter on the same window reads nothing again');
    added.push(event('n', 3, 10, { title: 'Neuer Kurs', audience: 'Senioren' }));
    try {
      await t.db.execute(sql`update services set slug = slug where false`);
      await t.settled();
      assert.deepEqual(titles((await t.app.inject(uncached)).body), ['Neuer Kurs']);
      assert.equal(asked.length, before + 1);
    } finally {
      added.length = 0;
      await t.db.execute(sql`update services set slug = slug where false`);
      await t.settled();
    }
  });

  it('answers odd parameters with today and no filter, never an error', async () => {
    for (const query of [
      'von=2026-02-30',
      'von=9999-01-01',
      'von=heute',
      'von=2026-01-01&von=2026-02-01',
      'ort=' + 'x'.repeat(500),
      'zielgruppe[a]=b',
      'angebot=\u{1F600}',
    ]) {
      const { statusCode, body } = await t.app.inject(`${PATHS.calendar}?${query}`);
      assert.equal(statusCode, 200, query);
      assert.match(body, /Veranstaltungskalender/);
    }
    const unknown = await t.app.inject({ url: PATHS.calendar, query: { ort: 'Nirgendwo' } });
    assert.match(textOf(parseHtml(unknown.body)), /keine Termine mit diesen Filtern/);
  });

  it('says which offer could not be loaded, shows the rest, and keeps such a page out of the cache', async () => {
    // A window read before is kept until its tables change, so the failure is shown for a new one.
    const url = `${PATHS.calendar}?zielgruppe=Erwachsene&von=${addDays(berlinDay(new Date()), -1)}`;
    failing = true;
    try {
      const { statusCode, body } = await t.app.inject(url);
      assert.equal(statusCode, 200);
      assert.match(textOf(parseHtml(body)), /Termine von Lesungen konnten gerade nicht geladen werden/);
      assert.ok(titles(body).includes('Termin a'));
    } finally {
      failing = false;
    }
    const again = await t.app.inject(url);
    assert.doesNotMatch(again.body, /nicht geladen werden/, 'the next visitor gets a new try');
  });

  it('offers the events as an iCal feed with the same filters, cancelled ones marked, online ones with the event page as the room', async () => {
    const calendar = await t.app.inject({ url: PATHS.calendar, query: { angebot: 'Kurse' } });
    assert.match(calendar.body, /href="\/bildung\/kalender\.ics\?angebot=Kurse"/);
    const feed = await t.app.inject('/bildung/kalender.ics?angebot=Kurse&von=2020-01-01');
    assert.equal(feed.statusCode, 200);
    assert.match(String(feed.headers['content-type']), /^text\/calendar; charset=utf-8/);
    const text = feed.body.replace(/\r\n[ \t]/g, '');
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]);
    assert.deepEqual(
      uids.sort(),
      ['a', 'b', 'c', 'd', 'e'].map((id) => `${id}@${new URL(t.deps.config.baseUrl).host}`).sort(),
      'every course event of the window, from a month back',
    );
    assert.ok(!text.includes('Bilderbuchkino'), 'the filter holds');
    assert.match(text, /SUMMARY:Abgesagt: Termin c\r\n/);
    assert.match(text, /STATUS:CANCELLED/);
    assert.match(text, /CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Zugang über die Veranstaltungsseite:http[^\r]*\/test\/b/);
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.equal((await t.app.inject('/bildung/kalender.ics?ort=' + 'x'.repeat(500))).statusCode, 200);
  });
});
