import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceMetres, findPlaces, formatDistance, insideRing, type StreetList } from './index';

const RATHAUS: [number, number] = [7.6958, 51.3759];
const BAHNHOF: [number, number] = [7.6905, 51.3786];

const LIST: StreetList = {
  source: 'Testliste',
  streets: [
    { name: 'Schillerplatz', postcode: '58636', position: RATHAUS, numbers: { '7': [7.6961, 51.3757] } },
    { name: 'Bahnhofsplatz', postcode: '58636', position: BAHNHOF },
    { name: 'Hauptstraße', district: 'Letmathe', postcode: '58642', position: [7.6108, 51.3705] },
    { name: 'Hauptstraße', district: 'Hennen', postcode: '58640', position: [7.6563, 51.4459] },
    { name: 'Am Hauptbahnhof', position: [7.6905, 51.3786] },
    { name: 'Große Straße', position: [7.69, 51.37] },
  ],
};

describe('distances', () => {
  it('measures a known distance within half a percent and is symmetric', () => {
    // 0.0027° north (300 m) and 0.0053° west at 51.38° (368 m): about 475 m.
    const metres = distanceMetres(RATHAUS, BAHNHOF);
    assert.ok(metres > 472 && metres < 478, String(metres));
    assert.equal(distanceMetres(BAHNHOF, RATHAUS), metres);
    assert.equal(distanceMetres(RATHAUS, RATHAUS), 0);
    // One degree of latitude is about 111.2 km.
    assert.ok(Math.abs(distanceMetres([7, 51], [7, 52]) - 111_195) < 100);
  });

  it('says distances as people do', () => {
    assert.equal(formatDistance(3), '10 m');
    assert.equal(formatDistance(247), '250 m');
    assert.equal(formatDistance(1234), '1,2 km');
    assert.equal(formatDistance(14_321), '14 km');
  });
});

describe('inside an outline', () => {
  const square: [number, number][] = [
    [7, 51],
    [8, 51],
    [8, 52],
    [7, 52],
  ];
  it('tells inside from outside, also for a concave ring', () => {
    assert.equal(insideRing([7.5, 51.5], square), true);
    assert.equal(insideRing([8.5, 51.5], square), false);
    assert.equal(insideRing([7.5, 52.5], square), false);
    const notch: [number, number][] = [
      [7, 51],
      [8, 51],
      [8, 52],
      [7.5, 51.5],
      [7, 52],
    ];
    assert.equal(insideRing([7.5, 51.9], notch), false);
    assert.equal(insideRing([7.2, 51.9], notch), false);
    assert.equal(insideRing([7.05, 51.9], notch), true);
  });
});

describe('finding a typed address in the street list', () => {
  it('finds a street however it is typed, and a house number where the list has one', () => {
    assert.deepEqual(findPlaces(LIST, 'schillerplatz 7'), [{ label: 'Schillerplatz 7 (58636)', position: [7.6961, 51.3757], exact: true }]);
    assert.deepEqual(findPlaces(LIST, 'Schillerplatz 9'), [{ label: 'Schillerplatz 9 (58636)', position: RATHAUS, exact: false }]);
    assert.deepEqual(
      findPlaces(LIST, 'GROSSE STR.').map((place) => place.label),
      ['Große Straße'],
    );
    assert.deepEqual(
      findPlaces(LIST, 'große str 3a').map((place) => place.label),
      ['Große Straße 3a'],
    );
  });

  it('puts exact and prefix matches first, tells namesakes apart and narrows by postcode', () => {
    assert.deepEqual(
      findPlaces(LIST, 'Haupt').map((place) => place.label),
      ['Hauptstraße (58640 Hennen)', 'Hauptstraße (58642 Letmathe)', 'Am Hauptbahnhof'],
    );
    assert.deepEqual(
      findPlaces(LIST, 'Hauptstraße, 58642').map((place) => place.label),
      ['Hauptstraße (58642 Letmathe)'],
    );
  });

  it('answers nothing for too little, nothing found, or no list, and stays bounded', () => {
    assert.deepEqual(findPlaces(LIST, 'a'), []);
    assert.deepEqual(findPlaces(LIST, '!!!'), []);
    assert.deepEqual(findPlaces(LIST, 'Mondstraße'), []);
    assert.deepEqual(findPlaces(undefined, 'Schillerplatz'), []);
    assert.equal(findPlaces(LIST, 'a'.repeat(10_000)).length, 0);
    assert.equal(findPlaces(LIST, 'e', 2).length, 0);
    assert.equal(findPlaces(LIST, 'st', 2).length, 2);
  });
});
