import { ChartWithTable } from '../../src/kernel/views/charts';
import { MapWithList, parseGeoJson, type MapFeature } from '../../src/kernel/views/map';

const EVIL = '<script>alert("x")</script>';

/** One feature of every geometry type the map draws, inside Iserlohn's outline, and one without a location. */
export const SAMPLE_GEOJSON = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Rathaus', adresse: 'Schillerplatz 7', barrierefrei: true },
      geometry: { type: 'Point', coordinates: [7.6958, 51.3749] },
    },
    {
      type: 'Feature',
      properties: { name: 'Bücherschränke', anzahl: 2 },
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [7.612, 51.372],
          [7.7, 51.39],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Radweg im Baarbachtal' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [7.62, 51.37],
          [7.64, 51.375],
          [7.66, 51.372],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { titel: 'Buslinien' },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [7.68, 51.35],
            [7.69, 51.4],
          ],
          [
            [7.65, 51.42],
            [7.72, 51.41],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Seilersee', art: 'See mit Insel' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [7.71, 51.378],
            [7.725, 51.378],
            [7.725, 51.388],
            [7.71, 51.388],
            [7.71, 51.378],
          ],
          [
            [7.715, 51.381],
            [7.72, 51.381],
            [7.72, 51.385],
            [7.715, 51.381],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Friedhöfe' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [7.6, 51.36],
              [7.61, 51.36],
              [7.61, 51.366],
            ],
          ],
          [
            [
              [7.74, 51.36],
              [7.75, 51.36],
              [7.75, 51.366],
            ],
          ],
        ],
      },
    },
    { type: 'Feature', properties: { name: EVIL }, geometry: null },
  ],
};

function sampleFeatures(): MapFeature[] {
  const parsed = parseGeoJson(SAMPLE_GEOJSON);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.features;
}

/** The kernel's charts and map on one page, for the HTML tests and axe (tests/browser/components.browser.ts). */
export function VisualGallery() {
  return (
    <>
      <h1>Diagramme und Karten</h1>
      <ChartWithTable
        kind="bar"
        id="diagramm-saldo"
        title="Saldo je Stadtteil"
        labelHeader="Stadtteil"
        unit="€"
        labels={['Letmathe', 'Hennen', EVIL]}
        series={[
          { name: '2025', values: [1200, -350.5, 80] },
          { name: '2026', values: [900, 120, null] },
        ]}
      />
      <ChartWithTable
        kind="line"
        id="diagramm-antraege"
        title="Anträge je Jahr"
        labelHeader="Jahr"
        labels={['2022', '2023', '2024', '2025', '2026']}
        series={[{ name: 'Anträge', values: [310, 420, 380, 515, 600] }]}
      />
      <MapWithList id="karte-orte" title="Orte in der Stadt" features={sampleFeatures()} />
    </>
  );
}
