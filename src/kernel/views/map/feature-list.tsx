import { positionsOf, type MapFeature, type MapGeometry, type Position } from './geojson';
import { bboxOf } from './projection';

const degrees = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 5, maximumFractionDigits: 5 });
const count = new Intl.NumberFormat('de-DE');

/** 51,37451° N, 7,69542° O: five places are about a metre. */
export function formatPosition([lon, lat]: Position): string {
  return `${degrees.format(Math.abs(lat))}° ${lat < 0 ? 'S' : 'N'}, ${degrees.format(Math.abs(lon))}° ${lon < 0 ? 'W' : 'O'}`;
}

/** The middle of what a geometry covers (of its bounding box: good enough to find it). */
function middle(geometry: MapGeometry): string {
  const [west, south, east, north] = bboxOf(positionsOf(geometry)) ?? [0, 0, 0, 0];
  return formatPosition([(west + east) / 2, (south + north) / 2]);
}

/** Where a feature is, in words: the position of a point, the ends of a line, the middle of an area. */
export function describeLocation(geometry: MapGeometry | null): string {
  if (!geometry) return 'Ohne Ortsangabe';
  switch (geometry.type) {
    case 'Point':
      return `Punkt bei ${formatPosition(geometry.coordinates)}`;
    case 'MultiPoint':
      return geometry.coordinates.length === 1
        ? `Punkt bei ${formatPosition(geometry.coordinates[0]!)}`
        : `${count.format(geometry.coordinates.length)} Punkte um ${middle(geometry)}`;
    case 'LineString': {
      const line = geometry.coordinates;
      return `Linie von ${formatPosition(line[0]!)} bis ${formatPosition(line[line.length - 1]!)}`;
    }
    case 'MultiLineString':
      return `${count.format(geometry.coordinates.length)} Linien um ${middle(geometry)}`;
    case 'Polygon':
      return `Fläche um ${middle(geometry)}`;
    case 'MultiPolygon':
      return `${count.format(geometry.coordinates.length)} Flächen um ${middle(geometry)}`;
  }
}

/**
 * Every feature in words, numbered as on the map: name, properties and location. It is the map's
 * accessible alternative, so it is always shown, with or without tiles and JavaScript.
 */
export function FeatureList({ id, labelledBy, features }: { id: string; labelledBy: string; features: readonly MapFeature[] }) {
  if (features.length === 0) return <p class="map-list__empty">Die Karte enthält keine Objekte.</p>;
  return (
    <ol class="map-list" aria-labelledby={labelledBy}>
      {features.map((feature, index) => (
        <li class="map-list__item" id={`${id}-${index + 1}`}>
          <span class="map-list__name">{feature.name}</span>
          {feature.properties.length > 0 && (
            <dl class="map-list__properties">
              {feature.properties.map(({ key, value }) => (
                <div>
                  <dt>{key}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
          <span class="map-list__location">{describeLocation(feature.geometry)}</span>
        </li>
      ))}
    </ol>
  );
}
