import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organizationGroup } from './organization-groups';
import { calendarHref, meetingHours, shiftMonth, webLink } from './presenters';
import { placeText as placeTextOf } from './queries/places';
import { parseCalendarQuery } from './schemas';
import { monthWeeks } from './views/month-grid';

const TODAY = '2026-03-01';

describe('council pages: groups, months, filters and links as tables', () => {
  it('groups organisations by OParl type and the source’s classification', () => {
    const cases: [string | null, string | null, string | null, string][] = [
      ['Gremium', 'Rat', null, 'Rat'],
      ['Gremium', 'Kreistag', null, 'Rat'],
      ['Gremium', 'Ausschuss', null, 'Ausschüsse'],
      ['Gremium', 'Hauptausschuss', null, 'Ausschüsse'],
      ['Gremium', 'Seniorenbeirat', null, 'Beiräte'],
      ['Gremium', 'Bezirksvertretung', null, 'Bezirksvertretungen'],
      ['Gremium', null, null, 'Weitere Gremien'],
      ['Fraktion', null, null, 'Fraktionen'],
      [null, 'Fraktion', null, 'Fraktionen'],
      ['Partei', null, null, 'Parteien'],
      ['Verwaltungsbereich', null, null, 'Verwaltung'],
      [null, null, null, 'Sonstige'],
      ['Gremium', 'Ausschuss', '2026-02-28', 'Aufgelöste Gremien'],
      ['Gremium', 'Ausschuss', '2026-03-01', 'Ausschüsse'],
    ];
    for (const [organizationType, classification, endDate, expected] of cases) {
      assert.equal(organizationGroup({ organizationType, classification, endDate }, TODAY), expected, `${organizationType}/${classification}/${endDate}`);
    }
  });

  it('lays a month out in weeks from Monday', () => {
    const march = monthWeeks('2026-03');
    assert.equal(march.length, 6, 'March 2026 starts on a Sunday and spans six weeks');
    assert.deepEqual(march[0], [null, null, null, null, null, null, '2026-03-01']);
    assert.deepEqual(march[5], ['2026-03-30', '2026-03-31', null, null, null, null, null]);
    assert.equal(monthWeeks('2027-02').length, 4, 'February 2027 starts on a Monday and fills four weeks');
    assert.equal(shiftMonth('2026-12', 1), '2027-01');
    assert.equal(shiftMonth('2026-01', -1), '2025-12');
  });

  it('reads the calendar’s filters and names what it cannot read', () => {
    const cases: [Record<string, string>, Partial<ReturnType<typeof parseCalendarQuery>['query']>, string[]][] = [
      [{}, { seite: 1 }, []],
      [{ monat: '2026-03' }, { monat: '2026-03' }, []],
      [{ monat: '3.2026' }, { monat: '2026-03' }, []],
      [{ monat: '03/2026' }, { monat: '2026-03' }, []],
      [{ monat: '2026-13' }, { monat: undefined }, ['monat']],
      [{ monat: 'März' }, { monat: undefined }, ['monat']],
      [{ zeit: 'vergangen', seite: '3' }, { zeit: 'vergangen', seite: 3 }, []],
      [{ zeit: 'gestern', gremium: 'aps' }, { zeit: undefined, gremium: 'aps' }, ['zeit']],
      [{ gremium: 'Rat; drop' }, { gremium: undefined }, ['gremium']],
      [{ seite: '0' }, { seite: 1 }, ['seite']],
      [{ seite: '1e9' }, { seite: 1 }, ['seite']],
    ];
    for (const [raw, expected, errorKeys] of cases) {
      const { query, errors } = parseCalendarQuery(raw);
      for (const [key, value] of Object.entries(expected)) assert.equal(query[key as keyof typeof query], value, `${JSON.stringify(raw)}: ${key}`);
      assert.deepEqual(Object.keys(errors ?? {}), errorKeys, JSON.stringify(raw));
    }
  });

  it('builds calendar links without defaults and follows only web addresses of a source', () => {
    assert.equal(calendarHref({}), '/rat/sitzungen');
    assert.equal(calendarHref({ zeit: 'kommend', seite: 1 }), '/rat/sitzungen');
    assert.equal(calendarHref({ gremium: 'aps', zeit: 'vergangen', seite: 2 }), '/rat/sitzungen?gremium=aps&zeit=vergangen&seite=2');
    assert.equal(calendarHref({ monat: '2026-03', seite: 4 }), '/rat/sitzungen?monat=2026-03');
    assert.equal(webLink('https://ris.example/si0057.asp?id=1'), 'https://ris.example/si0057.asp?id=1');
    assert.equal(webLink('javascript:alert(1)'), undefined);
    assert.equal(webLink('/lokal'), undefined);
    assert.equal(
      placeTextOf({
        placeDescription: 'Rathaus, Ratssaal',
        placeRoom: 'Ratssaal',
        placeStreet: 'Schillerplatz 7',
        placePostalCode: '58636',
        placeLocality: 'Iserlohn',
      }),
      'Rathaus, Ratssaal, Schillerplatz 7, 58636 Iserlohn',
    );
    assert.equal(meetingHours(new Date('2026-03-10T16:00:00Z'), new Date('2026-03-10T19:00:00Z')), '17:00 bis 20:00 Uhr');
    assert.equal(meetingHours(new Date('2026-03-10T16:00:00Z'), null), '17:00 Uhr');
  });
});
