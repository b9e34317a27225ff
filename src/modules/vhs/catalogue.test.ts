import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { seedVhsDemo } from './demo';
import { listedSlugs, packCourses, resultsTitle, vhsDemoApp } from './test-support';

describe('VHS course catalogue /bildung/vhs', () => {
  const demo = vhsDemoApp();
  let courses: ReturnType<typeof packCourses>;
  const count = (html: string) => Number(/^(\d+) Kurse?/.exec(resultsTitle(html) ?? '')?.[1]);
  before(() => {
    courses = packCourses(demo.t.config);
  });

  it('lists the current courses by start, 20 a page, with a GET form whose fields have labels, and the Programmbereiche', async () => {
    const { statusCode, body } = await demo.t.app.inject('/bildung/vhs');
    assert.equal(statusCode, 200);
    assert.match(body, /<h1>Kursprogramm der VHS Iserlohn<\/h1>/);
    assert.match(body, /<form action="\/bildung\/vhs" method="get"[^>]*aria-label="Kurse suchen"/);
    for (const [name, label] of [
      ['q', 'Suchbegriff'],
      ['bereich', 'Programmbereich'],
      ['format', 'Kursform'],
      ['ort', 'Kursort'],
      ['von', 'Beginn ab'],
      ['bis', 'Beginn bis'],
    ]) {
      assert.match(body, new RegExp(`<label class="label" for="${name}">${label}</label>`));
    }
    assert.match(body, /<label class="choice__label" for="frei">Nur Kurse mit freien Plätzen<\/label>/);
    assert.equal(resultsTitle(body), `${courses.length} Kurse, Seite 1 von ${Math.ceil(courses.length / 20)}`);
    const slugs = listedSlugs(body);
    assert.equal(slugs.length, 20);
    const byStart = [...courses].sort((a, b) => a.startInDays - b.startInDays || a.time.localeCompare(b.time) || a.number.localeCompare(b.number));
    assert.deepEqual(
      slugs,
      byStart.slice(0, 20).map((course) => course.slug),
      'sorted by start',
    );
    assert.match(body, /href="\/bildung\/vhs\?seite=2"/);
    const spoken = courses.filter((course) => course.area === 'sprachen').length;
    assert.match(body, new RegExp(`<option value="sprachen">Sprachen \\(${spoken}\\)</option>`), 'the area choice counts its courses');
    assert.match(body, new RegExp(`href="/bildung/vhs\\?bereich=sprachen">\\s*Sprachen \\(${spoken} Kurse\\)`));
    assert.match(body, /ausgebucht – Warteliste/);
    assert.doesNotMatch(body, /<script>|style=/);
  });

  it('is reached from the main navigation through the hub "Bildung", with its sessions in the calendar', async () => {
    const { body } = await demo.t.app.inject('/kontakt');
    assert.match(body, /<a href="\/bildung"[^>]*>Bildung<\/a>/);
    const hub = await demo.t.app.inject('/bildung');
    assert.match(hub.body, /<a href="\/bildung\/vhs">Volkshochschule<\/a>/);
    const calendar = await demo.t.app.inject('/bildung/kalender?angebot=Volkshochschule');
    const starting = courses.filter((course) => course.startInDays >= 0 && course.startInDays < 28);
    assert.ok(starting.length > 5, `${starting.length} courses start in the calendar's four weeks`);
    for (const course of starting) assert.ok(calendar.body.includes(`href="/bildung/vhs/kurse/${course.slug}"`), course.slug);
  });

  it('filters by Programmbereich, format, place, free places and not yet started, and shows each as a removable chip', async () => {
    const cases: Array<[string, (course: (typeof courses)[number]) => boolean]> = [
      ['bereich=gesundheit', (course) => course.area === 'gesundheit'],
      ['format=online', (course) => course.format === 'online'],
      ['ort=letmathe', (course) => course.place === 'letmathe'],
      ['frei=ja', (course) => !course.cancellationReason && course.seatsTaken < course.maxParticipants],
      ['anstehend=ja', (course) => course.startInDays > 0],
      [
        'bereich=sprachen&format=online&frei=ja',
        (course) => course.area === 'sprachen' && course.format === 'online' && course.seatsTaken < course.maxParticipants,
      ],
    ];
    for (const [query, expected] of cases) {
      const { statusCode, body } = await demo.t.app.inject(`/bildung/vhs?${query}`);
      assert.equal(statusCode, 200, query);
      const want = courses.filter(expected);
      assert.equal(count(body), want.length, query);
      assert.ok(
        listedSlugs(body).every((slug) => want.some((course) => course.slug === slug)),
        query,
      );
      assert.match(body, /<ul class="filter-chips" aria-label="Aktive Filter">/, query);
    }
  });

  it('filters by the date of the start (German or ISO dates, both ends included)', async () => {
    const from = new Date(Date.now() + 20 * 86_400_000);
    const to = new Date(Date.now() + 40 * 86_400_000);
    const german = (date: Date) => date.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });
    const iso = (date: Date) => german(date).split('.').reverse().join('-');
    const { statusCode, body } = await demo.t.app.inject(`/bildung/vhs?von=${german(from)}&bis=${iso(to)}`);
    assert.equal(statusCode, 200);
    const want = courses.filter((course) => course.startInDays >= 20 && course.startInDays <= 40);
    assert.equal(count(body), want.length);
    assert.match(body, new RegExp(`Beginn ab ${german(from).replaceAll('.', '\\.')}`));
  });

  it('answers dates that are not dates with the form again: 400, error summary and field messages', async () => {
    const { statusCode, body } = await demo.t.app.inject('/bildung/vhs?von=31.02.2027&bis=morgen');
    assert.equal(statusCode, 400);
    assert.match(body, /<title>Fehler: /);
    assert.match(body, /Es gibt ein Problem/);
    assert.match(body, /<a href="#von">Geben Sie das Datum „Beginn ab“ als Tag\.Monat\.Jahr an/);
    assert.match(body, /<a href="#bis">Geben Sie das Datum „Beginn bis“/);
    assert.match(body, /id="von" name="von" type="text" value="31\.02\.2027"/);
    const reversed = await demo.t.app.inject('/bildung/vhs?von=10.03.2027&bis=01.03.2027');
    assert.equal(reversed.statusCode, 400);
    assert.match(reversed.body, /muss am oder nach dem Datum „Beginn ab“ liegen/);
  });

  it('searches German full text with stemming and typos, all words required', async () => {
    const english = courses.filter((course) => /Englisch/.test(course.title)).length;
    for (const q of ['Englisch', 'englisch', 'Englich']) {
      const { body } = await demo.t.app.inject(`/bildung/vhs?q=${encodeURIComponent(q)}`);
      assert.ok(count(body) >= english, `${q}: ${resultsTitle(body)}`);
      assert.match(body, /href="\/bildung\/vhs\/kurse\/englisch-a1-fuer-anfaengerinnen-und-anfaenger-4001"/, q);
    }
    const yoga = await demo.t.app.inject('/bildung/vhs?q=Yoga%20Abend');
    assert.deepEqual(listedSlugs(yoga.body), ['online-yoga-am-abend-3003']);
    const none = await demo.t.app.inject('/bildung/vhs?q=Quantenchromodynamik');
    assert.equal(none.statusCode, 200);
    assert.equal(resultsTitle(none.body), '0 Kurse zu „Quantenchromodynamik“');
    assert.match(none.body, /Keine Kurse gefunden/);
  });

  it('answers hostile input quickly and correctly: query syntax, 10,000 characters, odd values, a page beyond the end', async () => {
    const started = Date.now();
    for (const query of [
      `q=${encodeURIComponent("yoga & !(a | b):* <-> 'x' \\")}`,
      `q=${'Englisch '.repeat(1200).slice(0, 10_000)}`,
      `q=${'ä'.repeat(10_000)}`,
      'bereich=%3Cscript%3E&ort=..%2F&format=teleport&frei=vielleicht&seite=abc',
      'bereich=gibt-es-nicht&seite=-5',
      'q[]=a&q[]=b&von[]=1',
    ]) {
      const { statusCode } = await demo.t.app.inject(`/bildung/vhs?${query}`);
      assert.equal(statusCode, 200, query);
    }
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
    const beyond = await demo.t.app.inject('/bildung/vhs?format=online&seite=999');
    assert.equal(beyond.statusCode, 303);
    assert.equal(beyond.headers.location, '/bildung/vhs?format=online');
    const last = await demo.t.app.inject('/bildung/vhs?seite=999');
    assert.equal(last.headers.location, `/bildung/vhs?seite=${Math.ceil(courses.length / 20)}`);
  });

  it('seeds idempotently', async () => {
    await seedVhsDemo(demo.t.deps);
    const { body } = await demo.t.app.inject('/bildung/vhs?seite=1');
    assert.equal(count(body), courses.length);
  });
});
