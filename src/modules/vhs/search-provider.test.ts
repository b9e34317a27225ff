import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vhsOpenData } from './open-data';
import { vhsSearchProvider } from './search-provider';
import { vhsDemoApp } from './test-support';

describe('VHS in the portal search and as open data', () => {
  const demo = vhsDemoApp();

  it('answers the portal search with current courses, linked to their pages', async () => {
    const result = await vhsSearchProvider.search('Yoga', 5, demo.t.deps);
    assert.equal(result.total, 3);
    assert.ok(result.hits.every((hit) => hit.href.startsWith('/bildung/vhs/kurse/')));
    assert.match(result.hits[0]!.summary!, /^Kurs 3001, Gesundheit, ab \d\d\.\d\d\.\d{4}\./);
    assert.deepEqual(await vhsSearchProvider.search('&|!', 5, demo.t.deps), { total: 0, hits: [] });
    assert.equal(vhsSearchProvider.moreHref('Yoga am Abend'), '/bildung/vhs?q=Yoga+am+Abend');
    const { body } = await demo.t.app.inject('/suche?q=yoga');
    assert.match(body, /Volkshochschule/);
    assert.match(body, /href="\/bildung\/vhs\/kurse\/hatha-yoga-am-morgen-3001"/);
  });

  it('publishes the programme without instructors: number, title, area, format, place, dates, fee, free places', async () => {
    const rows = await vhsOpenData.rows(demo.t.deps);
    assert.equal(rows.length, 60);
    const pottery = rows.find((row) => row.kursnummer === '2001')!;
    assert.deepEqual(
      { ...pottery, beginn: typeof pottery.beginn, ende: typeof pottery.ende },
      {
        kursnummer: '2001',
        titel: 'Töpfern für Anfängerinnen und Anfänger',
        programmbereich: 'Kultur – Gestalten',
        kursform: 'Vor Ort',
        kursort: 'VHS im Stadtbahnhof',
        ort: 'Iserlohn',
        beginn: 'string',
        ende: 'string',
        gebuehr_euro: 98,
        gebuehr_ermaessigt_euro: 49,
        plaetze_gesamt: 10,
        plaetze_frei: 0,
        abgesagt: false,
        url: `${demo.t.config.baseUrl}/bildung/vhs/kurse/toepfern-fuer-anfaengerinnen-und-anfaenger-2001`,
      },
    );
    assert.ok(!JSON.stringify(rows).includes('Monika Falkenberg'), 'no instructor names');
  });
});
