import { ChartFrame, CHAR_WIDTH, CHART_WIDTH, clip, Legend, LINE_DASHES, Marker, tickLabels } from './frame';
import { chartSummary, finiteValues, MAX_SERIES, type ChartProps } from './model';
import { formatNumber, niceAxis } from './scale';

const HEIGHT = 320;
/** Markers at every point up to this many categories; beyond, they would merge into a thick line. */
const MARKERS_UP_TO = 60;
const LABEL_CHARS = 16;

/** Runs of consecutive values: a missing value breaks the line instead of being drawn as zero. */
function runs(values: readonly (number | null)[]): { index: number; value: number }[][] {
  const result: { index: number; value: number }[][] = [[]];
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) result.push([]);
    else result[result.length - 1]?.push({ index, value });
  });
  return result.filter((run) => run.length > 0);
}

/** Which categories get a name under the axis: every k-th, so the names do not overlap. */
function labelledIndexes(labels: readonly string[], plotWidth: number): number[] {
  const longest = Math.min(LABEL_CHARS, Math.max(1, ...labels.map((label) => label.length)));
  const fitting = Math.max(2, Math.floor(plotWidth / (longest * CHAR_WIDTH + 12)));
  const every = Math.ceil(labels.length / fitting);
  return labels.map((_, index) => index).filter((index) => index % every === 0);
}

/**
 * Lines for one or more series over ordered categories (years, months); each series has its own
 * dash and marker shape. The value axis fits the data (it need not start at zero, unlike bars).
 */
export function LineChart(props: ChartProps) {
  const { labels } = props;
  const series = props.series.slice(0, MAX_SERIES);
  const values = finiteValues(series);
  const axis = niceAxis(Math.min(...values), Math.max(...values));
  const ticks = tickLabels(axis);
  const left = Math.max(...ticks.map((tick) => tick.length)) * CHAR_WIDTH + 10;
  const [right, top, bottom] = [CHART_WIDTH - 24, 16, HEIGHT - 32];
  const x = (index: number) => (labels.length <= 1 ? (left + right) / 2 : left + (index * (right - left)) / (labels.length - 1));
  const y = (value: number) => top + ((axis.max - value) / (axis.max - axis.min)) * (bottom - top);
  const named = labelledIndexes(labels, right - left);
  return (
    <ChartFrame
      {...props}
      summary={chartSummary(props)}
      width={CHART_WIDTH}
      height={HEIGHT}
      drawn={values.length > 0}
      legend={<Legend id={props.id} series={series} kind="line" />}
    >
      <g class="chart__axis">
        {axis.ticks.map((tick, index) => (
          <>
            <line class={tick === 0 ? 'chart__zero' : 'chart__grid'} x1={left} y1={y(tick)} x2={right} y2={y(tick)} />
            <text class="chart__tick" x={left - 6} y={y(tick) + 4} text-anchor="end">
              {ticks[index]}
            </text>
          </>
        ))}
        {named.map((index) => (
          <text class="chart__label" x={x(index)} y={HEIGHT - 12} text-anchor={labels.length > 1 && index === 0 ? 'start' : 'middle'}>
            {clip(labels[index] ?? '', LABEL_CHARS)}
          </text>
        ))}
      </g>
      {series.map((s, index) =>
        runs(s.values.slice(0, labels.length)).map((run) => (
          <g class="chart__run">
            {run.length > 1 && (
              <polyline
                class={`chart__line chart__series-${index}`}
                points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')}
                stroke-dasharray={LINE_DASHES[index]}
              />
            )}
            {(run.length === 1 || labels.length <= MARKERS_UP_TO) &&
              run.map((p) => (
                <g>
                  <title>{`${labels[p.index] ?? ''}, ${s.name}: ${formatNumber(p.value)}`}</title>
                  <Marker index={index} x={x(p.index)} y={y(p.value)} />
                </g>
              ))}
          </g>
        )),
      )}
    </ChartFrame>
  );
}
