import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { vhsCourses } from './tables';
import { textOf, vhsDemoApp } from './test-support';

const TOEPFERN = '/bildung/vhs/kurse/toepfern-fuer-anfaengerinnen-und-anfaenger-2001';
const ENGLISH = '/bildung/vhs/kurse/englisch-a1-fuer-anfaengerinnen-und-anfaenger-4001';
const CANCELLED = '/bildung/vhs/kurse/kuenstliche-intelligenz-im-bueroalltag-5010';
const WEBINAR = '/bildung/vhs/kurse/online-yoga-am-abend-3003';

/** The page's JSON-LD, parsed as a search engine would (the script's text, JSON). */
function structuredData(html: string): unknown {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(script, 'a JSON-LD block');
  return JSON.parse(script[1]!);
}

/** The value at a path of keys and indexes in parsed JSON (undefined where the path ends). */
function at(value: unknown, ...path: Array<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), value);
}

const summaryValue = (html: string, key: string) =>
  textOf(html, new RegExp(`<dt class="summary-list__key">${key}</dt>\\s*<dd class="summary-list__value">([\\s\\S]*?)</dd>`));

describe('VHS course pages', () => {
  const demo = vhsDemoApp();

  it('shows number, area, place with address and step-free note, instructor, fees with the reduction rule, participants, deadlines and sessions', async () => {
    const { statusCode, body } = await demo.t.app.inject(TOEPFERN);
    assert.equal(statusCode, 200);
    assert.match(body, /<h1>Töpfern für Anfängerinnen und Anfänger<\/h1>/);
    assert.equal(summaryValue(body, 'Kursnummer'), '2001');
    assert.match(body, /<a href="\/bildung\/vhs\?bereich=kultur">Kultur – Gestalten<\/a>/);
    assert.equal(summaryValue(body, 'Kursort'), 'VHS im Stadtbahnhof, Werkraum Bahnhofsplatz 2, 58644 Iserlohn Stufenlos erreichbar.');
    assert.equal(summaryValue(body, 'Kursleitung'), 'Monika Falkenberg');
    assert.equal(summaryValue(body, 'Gebühr'), '98,00 €, ermäßigt 49,00 €');
    assert.match(summaryValue(body, 'Ermäßigung') ?? '', /^Ermäßigung um die Hälfte erhalten Schülerinnen und Schüler/);
    assert.equal(summaryValue(body, 'Teilnehmende'), 'mindestens 6, höchstens 10');
    assert.match(summaryValue(body, 'Anmeldeschluss') ?? '', /^\d\d\.\d\d\.\d{4}, 18:00 Uhr$/);
    assert.match(summaryValue(body, 'Rücktritt möglich bis') ?? '', /^\d\d\.\d\d\.\d{4}, 18:00 Uhr$/);
    assert.match(body, /<strong>ausgebucht – Warteliste<\/strong>/);
    assert.equal([...body.matchAll(/<td[^>]*>(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), /g)].length, 8, 'eight sessions');
    assert.match(body, /18:00 bis 20:30 Uhr/);
    assert.match(
      body,
      /<a href="\/bildung\/vhs\/kurse\/toepfern-fuer-anfaengerinnen-und-anfaenger-2001\.ics">Alle Termine in Ihren Kalender übernehmen \(iCal\)<\/a>/,
    );
    assert.match(body, /<link rel="alternate" type="text\/calendar" href="\/bildung\/vhs\/kurse\/toepfern-fuer-anfaengerinnen-und-anfaenger-2001\.ics"/);
  });

  it('counts free places and marks cancelled sessions', async () => {
    const { body } = await demo.t.app.inject(ENGLISH);
    assert.match(body, /<strong>noch 3 Plätze frei<\/strong>/);
    assert.equal([...body.matchAll(/Fällt aus<\/strong>/g)].length, 1);
    assert.match(body, /<del>/);
  });

  it('shows a cancelled course with its reason, and no booking', async () => {
    const { statusCode, body } = await demo.t.app.inject(CANCELLED);
    assert.equal(statusCode, 200);
    assert.match(body, /Dieser Kurs ist abgesagt/);
    assert.match(body, /Die Kursleitung ist erkrankt\./);
    assert.match(body, /keine Anmeldung möglich/);
    const data = structuredData(body);
    assert.equal(at(data, 'hasCourseInstance', 0, 'eventStatus'), 'https://schema.org/EventCancelled');
    assert.equal(at(data, 'offers', 'availability'), 'https://schema.org/Discontinued');
  });

  it('describes the course as schema.org Course with a CourseInstance: mode, place, instructor, offer in EUR', async () => {
    const data = structuredData((await demo.t.app.inject(TOEPFERN)).body);
    assert.equal(at(data, '@context'), 'https://schema.org');
    assert.equal(at(data, '@type'), 'Course');
    assert.equal(at(data, 'url'), `${demo.t.config.baseUrl}${TOEPFERN}`);
    assert.equal(at(data, 'courseCode'), '2001');
    assert.equal(at(data, 'provider', 'name'), 'VHS Iserlohn');
    const instance = at(data, 'hasCourseInstance', 0);
    assert.equal(at(instance, '@type'), 'CourseInstance');
    assert.equal(at(instance, 'courseMode'), 'onsite');
    assert.equal(at(instance, 'courseWorkload'), 'PT20H', 'eight sessions of two and a half hours');
    assert.equal(at(instance, 'eventStatus'), 'https://schema.org/EventScheduled');
    assert.equal(at(instance, 'location', 'address', 'streetAddress'), 'Bahnhofsplatz 2');
    assert.equal(at(instance, 'instructor', 'name'), 'Monika Falkenberg');
    assert.deepEqual(
      ['price', 'priceCurrency', 'availability'].map((key) => at(instance, 'offers', key)),
      ['98.00', 'EUR', 'https://schema.org/SoldOut'],
    );
    assert.equal(at(instance, 'remainingAttendeeCapacity'), 0);
    assert.ok(!Number.isNaN(Date.parse(String(at(instance, 'startDate')))));
    const webinar = at(structuredData((await demo.t.app.inject(WEBINAR)).body), 'hasCourseInstance', 0);
    assert.equal(at(webinar, 'courseMode'), 'online');
    assert.deepEqual(at(webinar, 'location'), { '@type': 'VirtualLocation', url: `${demo.t.config.baseUrl}${WEBINAR}` });
  });

  it('keeps text that could end the script element escaped in the JSON-LD', async () => {
    await demo.t.db.update(vhsCourses).set({ summary: '</script><script>alert(1)</script> & Co.' }).where(eq(vhsCourses.number, '2002'));
    const { body } = await demo.t.app.inject('/bildung/vhs/kurse/aquarellmalerei-landschaften-2002');
    assert.doesNotMatch(body, /<script>alert/);
    assert.equal(at(structuredData(body), 'description'), '</script><script>alert(1)</script> & Co.');
  });

  it('answers 404 for drafts, unknown and malformed slugs', async () => {
    await demo.t.db.update(vhsCourses).set({ state: 'draft' }).where(eq(vhsCourses.number, '1010'));
    for (const path of [
      '/bildung/vhs/kurse/webvortrag-wie-funktioniert-eine-kommunalwahl-1010',
      '/bildung/vhs/kurse/webvortrag-wie-funktioniert-eine-kommunalwahl-1010.ics',
      '/bildung/vhs/kurse/gibt-es-nicht',
      '/bildung/vhs/kurse/%3Cscript%3E',
      `/bildung/vhs/kurse/${'a-'.repeat(30)}b`,
      '/bildung/vhs/kurse/.ics',
    ]) {
      assert.equal((await demo.t.app.inject(path)).statusCode, 404, path);
    }
  });

  it('shows a change of the free places to anonymous visitors at once (the cached page is dropped)', async () => {
    const first = await demo.t.app.inject(ENGLISH);
    assert.match(first.body, /noch 3 Plätze frei/);
    await demo.t.db.update(vhsCourses).set({ seatsTaken: 15 }).where(eq(vhsCourses.number, '4001'));
    await demo.t.deps.database.changes.settled();
    const second = await demo.t.app.inject(ENGLISH);
    assert.match(second.body, /noch 1 Platz frei/);
  });
});
