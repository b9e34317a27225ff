import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SAMPLE_GEOJSON } from '../../../../tests/support/visual-gallery';
import { parseGeoJson, positionsOf, type GeoJsonResult, type MapFeature } from './geojson';

function features(result: GeoJsonResult): MapFeature[] {
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.features;
}

function error(result: GeoJsonResult): string {
  assert.ok(!result.ok, 'the input is refused');
  return result.error;
}

const point = (coordinates: unknown) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates } });
const collection = (...items: unknown[]) => ({ type: 'FeatureCollection', features: items });

describe('parseGeoJson', () => {
  it('reads every geometry type, names features from their properties and keeps plain properties as text', () => {
    const read = features(parseGeoJson(SAMPLE_GEOJSON));
    assert.deepEqual(
      read.map((feature) => [feature.name, feature.geometry?.type ?? null]),
      [
        ['Rathaus', 'Point'],
        ['Bücherschränke', 'MultiPoint'],
        ['Radweg im Baarbachtal', 'LineString'],
        ['Buslinien', 'MultiLineString'],
        ['Seilersee', 'Polygon'],
        ['Friedhöfe', 'MultiPolygon'],
        ['<script>alert("x")</script>', null],
      ],
    );
    assert.deepEqual(read[0]?.properties, [
      { key: 'adresse', value: 'Schillerplatz 7' },
      { key: 'barrierefrei', value: 'ja' },
    ]);
    assert.deepEqual(read[1]?.properties, [{ key: 'anzahl', value: '2' }]);
    assert.deepEqual(
      read.map((feature) => (feature.geometry ? positionsOf(feature.geometry).length : 0)),
      [1, 2, 3, 4, 9, 6, 0],
    );
  });

  it('accepts a single Feature, a bare geometry and JSON text; drops altitudes; numbers unnamed features', () => {
    assert.equal(features(parseGeoJson(point([7.7, 51.4]))).length, 1);
    const bare = features(parseGeoJson({ type: 'Point', coordinates: [7.7, 51.4, 230] }));
    assert.deepEqual(bare, [{ name: 'Objekt 1', properties: [], geometry: { type: 'Point', coordinates: [7.7, 51.4] } }]);
    const text = features(parseGeoJson(JSON.stringify(collection(point([1, 2]), point([3, 4])))));
    assert.deepEqual(
      text.map((feature) => feature.name),
      ['Objekt 1', 'Objekt 2'],
    );
  });

  it('keeps nested property values out and bounds long ones', () => {
    const [feature] = features(parseGeoJson({ ...point([1, 2]), properties: { name: 'A', tags: ['x'], meta: { a: 1 }, leer: '', text: 'x'.repeat(500) } }));
    assert.deepEqual(
      feature?.properties.map((p) => [p.key, p.value.length]),
      [['text', 200]],
    );
  });

  it('answers invalid input with a German error value, never by throwing', () => {
    const cases: [unknown, RegExp][] = [
      ['{kein json', /kein gültiges JSON/],
      [42, /kein GeoJSON-Objekt/],
      [{ type: 'FeatureCollection' }, /keine Liste „features“/],
      [collection('x'), /Objekt 1 ist kein GeoJSON-Feature/],
      [collection(point([1, 2]), point([200, 2])), /^Objekt 2: .*−180 und 180/],
      [collection(point(['7', '51'])), /Objekt 1: /],
      [collection(point([7])), /kein Paar/],
      [collection({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[1, 2]] } }), /Linie braucht mindestens 2 Punkte/],
      [collection({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[1, 2]]] } }), /Flächenrand braucht mindestens 3 Punkte/],
      [collection({ type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] } }), /„GeometryCollection“ wird nicht unterstützt/],
      [collection({ type: 'Feature', geometry: 'Point' }), /Geometrie ist kein Objekt/],
    ];
    for (const [input, pattern] of cases) assert.match(error(parseGeoJson(input)), pattern, JSON.stringify(input));
  });

  it('bounds the number of features, of coordinates and the length of the text', () => {
    const many = collection(...Array.from({ length: 1001 }, () => point([1, 2])));
    assert.equal(error(parseGeoJson(many)), 'Die Daten haben 1.001 Objekte; eine Karte zeigt höchstens 1.000.');
    const long = { type: 'Feature', geometry: { type: 'LineString', coordinates: Array.from({ length: 60_000 }, () => [1, 2]) } };
    assert.equal(error(parseGeoJson(collection(long))), 'Die Daten haben mehr als 50.000 Koordinaten; so viele kann die Karte nicht zeigen.');
    const limits = { maxFeatures: 10, maxPositions: 10, maxChars: 100 };
    assert.match(error(parseGeoJson(JSON.stringify(collection(point([1, 2]), point([1, 2]), point([1, 2]))), limits)), /zu groß/);
    assert.equal(features(parseGeoJson(collection(point([1, 2])), limits)).length, 1);
  });
});
