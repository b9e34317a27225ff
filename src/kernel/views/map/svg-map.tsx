import { positionsOf, type MapFeature, type MapGeometry, type Position } from './geojson';
import { bboxOf, projection, unionBBox, type Projection } from './projection';

/** Up to this many features get their list number written beside them on the map; more are drawn as small points. */
export const NUMBERED_UP_TO = 50;

/** Areas first, then lines, then points: what is smaller is drawn on top and stays visible. */
const LAYER: Record<MapGeometry['type'], number> = { Polygon: 0, MultiPolygon: 0, LineString: 1, MultiLineString: 1, Point: 2, MultiPoint: 2 };

function pathOf(projector: Projection, rings: readonly (readonly Position[])[], closed: boolean): string {
  return rings.map((ring) => `M${ring.map((position) => projector.project(position).join(' ')).join('L')}${closed ? 'Z' : ''}`).join('');
}

/** Where a feature's number stands: beside its first position. */
function numberSpot(projector: Projection, geometry: MapGeometry): [number, number] {
  const [x, y] = projector.project(positionsOf(geometry)[0] ?? [0, 0]);
  return [x + 8, y - 6];
}

interface ShapeProps {
  projector: Projection;
  geometry: MapGeometry;
  /** Radius of a point: small when hundreds of points share the map, so they stay apart. */
  radius: number;
  square: boolean;
}

function Shape({ projector, geometry, radius, square }: ShapeProps) {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint': {
      const points = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
      return (
        <>
          {points.map((position) => {
            const [cx, cy] = projector.project(position);
            return square ? <rect class="map__point" x={cx - 7} y={cy - 7} width="14" height="14" /> : <circle class="map__point" cx={cx} cy={cy} r={radius} />;
          })}
        </>
      );
    }
    case 'LineString':
      return <path class="map__line" d={pathOf(projector, [geometry.coordinates], false)} />;
    case 'MultiLineString':
      return <path class="map__line" d={pathOf(projector, geometry.coordinates, false)} />;
    case 'Polygon':
      return <path class="map__area" fill-rule="evenodd" d={pathOf(projector, geometry.coordinates, true)} />;
    case 'MultiPolygon':
      return <path class="map__area" fill-rule="evenodd" d={pathOf(projector, geometry.coordinates.flat(), true)} />;
  }
}

interface SvgMapProps {
  /** The id of the element that names the map (its caption). */
  labelledBy: string;
  features: readonly MapFeature[];
  /** The municipality's approximate outline, drawn underneath. */
  boundary?: readonly Position[];
  /** The number of the first feature (1 unless the features continue a paged list). */
  firstNumber?: number;
}

/**
 * The features drawn on the server: the municipality's outline underneath, areas, lines and points
 * (told apart by shape, not only colour), each a named image (`<title>` with its list number and
 * name). Nothing is loaded from elsewhere. Null when there is nothing with a location to draw.
 */
export function SvgMap({ labelledBy, features, boundary, firstNumber = 1 }: SvgMapProps) {
  const located = features.map((feature, index) => ({ feature, number: index + firstNumber })).filter((item) => item.feature.geometry !== null);
  const box = unionBBox(bboxOf(located.flatMap(({ feature }) => positionsOf(feature.geometry!))), boundary ? bboxOf(boundary) : undefined);
  if (!box) return null;
  const projector = projection(box);
  const numbered = features.length <= NUMBERED_UP_TO;
  const radius = numbered ? 6 : 3.5;
  const ordered = [...located].sort((a, b) => LAYER[a.feature.geometry!.type] - LAYER[b.feature.geometry!.type]);
  return (
    <svg
      class="map__svg"
      role="group"
      aria-labelledby={labelledBy}
      viewBox={`0 0 ${projector.width} ${projector.height}`}
      width={projector.width}
      height={projector.height}
    >
      <rect class="map__ground" width={projector.width} height={projector.height} aria-hidden="true" />
      {boundary && <path class="map__boundary" d={pathOf(projector, [boundary], true)} aria-hidden="true" />}
      {ordered.map(({ feature, number }) => {
        const [x, y] = numberSpot(projector, feature.geometry!);
        return (
          <g class={feature.variant ? `map__feature map__feature--${feature.variant}` : 'map__feature'} role="img">
            <title>{`${number}. ${feature.name}`}</title>
            <Shape projector={projector} geometry={feature.geometry!} radius={radius} square={feature.variant === 'marked'} />
            {numbered && (
              <text class="map__number" x={x} y={y}>
                {number}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
