import type { LonLat } from '../../../../kernel/geo';
import { usePageContext } from '../../../../kernel/views';
import { bboxOf, projection, unionBBox } from '../../../../kernel/views/map';
import type { HeatCell, StateCounts } from '../heat-map';

/** The counts in words: "2 bestätigt, 1 geplant". */
export function countsInWords(counts: StateCounts): string {
  const parts = [
    counts.confirmed ? `${counts.confirmed} bestätigt` : '',
    counts.planned ? `${counts.planned} geplant` : '',
    counts.resolved ? `${counts.resolved} behoben` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

function cellTitle(number: number, cell: HeatCell): string {
  return `${number}. ${cell.name}: ${cell.total === 1 ? '1 Meldung' : `${cell.total} Meldungen`} (${countsInWords(cell.counts)})`;
}

/**
 * The reports as density circles over the municipality's outline, drawn on the server: one circle per
 * grid cell at the cell's middle, its area growing with the count, numbered like the list beside it
 * (the accessible alternative, which always stays). Nothing is requested from third parties.
 */
export function GapHeatMap({ cells }: { cells: readonly HeatCell[] }) {
  const boundary = usePageContext().municipality.map?.boundary as readonly LonLat[] | undefined;
  const box = unionBBox(bboxOf(cells.map((cell) => cell.centre)), boundary ? bboxOf(boundary) : undefined);
  const most = Math.max(1, ...cells.map((cell) => cell.total));
  return (
    <div class="map-with-list" id="luecken">
      {box && (
        <figure class="map">
          <figcaption class="map__title" id="luecken-title">
            Gemeldete WLAN-Lücken, zusammengefasst je Gebiet von etwa 500 × 500 Metern
          </figcaption>
          <HeatSvg cells={cells} boundary={boundary} box={box} most={most} />
        </figure>
      )}
      <div class="map-with-list__list">
        <p class="map-list__heading" id="luecken-list">
          Gebiete mit Meldungen: {cells.length}
        </p>
        <ol class="map-list" aria-labelledby="luecken-list">
          {cells.map((cell, index) => (
            <li>
              {cellTitle(index + 1, cell)}
              {cell.notes.length > 0 && (
                <ul>
                  {cell.notes.map((note) => (
                    <li>Hinweis der Verwaltung: {note}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function HeatSvg({
  cells,
  boundary,
  box,
  most,
}: {
  cells: readonly HeatCell[];
  boundary: readonly LonLat[] | undefined;
  box: NonNullable<ReturnType<typeof bboxOf>>;
  most: number;
}) {
  const projector = projection(box);
  const outline = boundary ? `M${boundary.map((position) => projector.project(position).join(' ')).join('L')}Z` : undefined;
  return (
    <svg
      class="map__svg"
      role="group"
      aria-labelledby="luecken-title"
      viewBox={`0 0 ${projector.width} ${projector.height}`}
      width={projector.width}
      height={projector.height}
    >
      <rect class="map__ground" width={projector.width} height={projector.height} aria-hidden="true" />
      {outline && <path class="map__boundary" d={outline} aria-hidden="true" />}
      {cells.map((cell, index) => {
        const [cx, cy] = projector.project(cell.centre);
        // The circle's area, not its radius, grows with the count: what the eye compares.
        const radius = Math.round((8 + 22 * Math.sqrt(cell.total / most)) * 10) / 10;
        return (
          <g class="map__feature" role="img">
            <title>{cellTitle(index + 1, cell)}</title>
            <circle class="heat-cell" cx={cx} cy={cy} r={radius} />
            <text class="map__number" x={cx + radius + 2} y={cy - 4}>
              {index + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
