import { ChartFrame, CHAR_WIDTH, CHART_WIDTH, clip, barFill, Legend, tickLabels } from './frame';
import { chartSummary, finiteValues, MAX_SERIES, type ChartProps } from './model';
import { formatNumber, niceAxis, type Axis } from './scale';

/** More categories than this are not drawn (the table has them all); the summary says so. */
export const MAX_BAR_CATEGORIES = 100;
const LABEL_CHARS = 28;

interface Plot {
  horizontal: boolean;
  width: number;
  height: number;
  /** The value axis runs from `start` (axis.min) to `end` (axis.max), along x (horizontal) or y. */
  start: number;
  end: number;
  /** The categories' bands run from `bandStart`, each `band` long, along the other direction. */
  bandStart: number;
  bandEnd: number;
  band: number;
  /** Where tick labels (value axis) and category labels stand across their axis. */
  tickAt: number;
  labelAt: number;
  labelChars: number;
}

function plotFor(axis: Axis, labels: readonly string[], seriesCount: number): Plot {
  const longest = Math.max(1, ...labels.map((label) => label.length));
  const tickWidth = Math.max(...tickLabels(axis).map((label) => label.length)) * CHAR_WIDTH;
  const verticalBand = (CHART_WIDTH - tickWidth - 20) / Math.max(1, labels.length);
  if (labels.length <= 12 && longest * CHAR_WIDTH <= verticalBand - 4) {
    const height = 320;
    return {
      horizontal: false,
      width: CHART_WIDTH,
      height,
      start: height - 32,
      end: 24,
      bandStart: tickWidth + 10,
      bandEnd: CHART_WIDTH - 10,
      band: verticalBand,
      tickAt: tickWidth + 4,
      labelAt: height - 14,
      labelChars: longest,
    };
  }
  const labelChars = Math.min(LABEL_CHARS, longest);
  const row = Math.max(24, 14 * seriesCount + 10);
  const left = labelChars * CHAR_WIDTH + 12;
  const height = 8 + labels.length * row + 28;
  return {
    horizontal: true,
    width: CHART_WIDTH,
    height,
    start: left,
    end: CHART_WIDTH - 56,
    bandStart: 8,
    bandEnd: 8 + labels.length * row,
    band: row,
    tickAt: height - 10,
    labelAt: left - 8,
    labelChars,
  };
}

/** SVG x/y from a position along the value axis and one along the category axis. */
const point = (plot: Plot, along: number, across: number) => (plot.horizontal ? { x: along, y: across } : { x: across, y: along });

function ValueAxis({ plot, axis, position }: { plot: Plot; axis: Axis; position: (value: number) => number }) {
  const labels = tickLabels(axis);
  return (
    <g class="chart__axis">
      {axis.ticks.map((tick, index) => {
        const at = position(tick);
        const from = point(plot, at, plot.bandStart);
        const to = point(plot, at, plot.bandEnd);
        const label = plot.horizontal ? { x: at, y: plot.tickAt, anchor: 'middle' } : { x: plot.tickAt, y: at + 4, anchor: 'end' };
        return (
          <>
            <line class={tick === 0 ? 'chart__zero' : 'chart__grid'} x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
            <text class="chart__tick" x={label.x} y={label.y} text-anchor={label.anchor}>
              {labels[index]}
            </text>
          </>
        );
      })}
    </g>
  );
}

/**
 * Bars for one or more series (up to four, each its own fill pattern). Vertical while the category
 * names fit under their bars; horizontal for long names or more than 12 categories. Negative values
 * go below (left of) the zero line; a single series gets its values written at the bars.
 */
export function BarChart(props: ChartProps) {
  const labels = props.labels.slice(0, MAX_BAR_CATEGORIES);
  const series = props.series.slice(0, MAX_SERIES).map((s) => ({ name: s.name, values: s.values.slice(0, labels.length) }));
  const values = finiteValues(series);
  const hidden = props.labels.length - labels.length;
  const summary = `${chartSummary(props)}${hidden > 0 ? ` Das Diagramm zeigt die ersten ${labels.length} von ${props.labels.length} Werten, die Tabelle alle.` : ''}`;
  const axis = niceAxis(Math.min(0, ...values), Math.max(0, ...values));
  const plot = plotFor(axis, labels, series.length);
  const position = (value: number) => plot.start + ((value - axis.min) / (axis.max - axis.min)) * (plot.end - plot.start);
  const zero = position(0);
  const barThickness = (plot.band * 0.75) / series.length;
  const writeValues = series.length === 1 && labels.length <= 30;
  return (
    <ChartFrame
      {...props}
      summary={summary}
      width={plot.width}
      height={plot.height}
      drawn={values.length > 0}
      legend={<Legend id={props.id} series={series} kind="bar" />}
    >
      <ValueAxis plot={plot} axis={axis} position={position} />
      {labels.map((label, category) => {
        const bandAt = plot.bandStart + category * plot.band;
        const name = point(plot, plot.labelAt, bandAt + plot.band / 2 + (plot.horizontal ? 4 : 0));
        return (
          <g class="chart__category">
            <text class="chart__label" x={name.x} y={name.y} text-anchor={plot.horizontal ? 'end' : 'middle'}>
              {clip(label, plot.labelChars)}
            </text>
            {series.map((s, index) => {
              const value = s.values[category];
              if (value === null || value === undefined || !Number.isFinite(value)) return null;
              const across = bandAt + plot.band * 0.125 + index * barThickness;
              const [low, high] = [Math.min(zero, position(value)), Math.max(zero, position(value))];
              const corner = point(plot, low, across);
              const size = plot.horizontal ? { width: high - low, height: barThickness } : { width: barThickness, height: high - low };
              return (
                <rect class={`chart__bar chart__series-${index}`} fill={barFill(props.id, index)} x={corner.x} y={corner.y} {...size}>
                  <title>{`${label}, ${s.name}: ${formatNumber(value)}`}</title>
                </rect>
              );
            })}
            {writeValues && <ValueLabel plot={plot} value={series[0]?.values[category]} at={(v) => position(Math.max(0, v))} across={bandAt + plot.band / 2} />}
          </g>
        );
      })}
    </ChartFrame>
  );
}

/** The number at a bar's end, on the positive side of the zero line for negative bars (never over the category names). */
function ValueLabel({ plot, value, at, across }: { plot: Plot; value: number | null | undefined; at: (value: number) => number; across: number }) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const spot = plot.horizontal ? { x: at(value) + 6, y: across + 4 } : { x: across, y: at(value) - 6 };
  return (
    <text class="chart__value" x={spot.x} y={spot.y} text-anchor={plot.horizontal ? 'start' : 'middle'}>
      {formatNumber(value)}
    </text>
  );
}
