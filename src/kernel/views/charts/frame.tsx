import type { ComponentChildren } from 'preact';
import { chartIds, type ChartSeries } from './model';
import { decimalsOf, formatNumber, type Axis } from './scale';

/** Size of a chart's drawing in SVG units; it scales down with the column (CSS), never up. */
export const CHART_WIDTH = 640;
/** Font size of axis and value labels, in SVG units. */
export const FONT_SIZE = 13;
/** A rough width of one character at FONT_SIZE, to make room for labels (SVG cannot measure text on the server). */
export const CHAR_WIDTH = 7.5;

/** "Bezirksvertretung Letmat…": a label cut to `chars` characters. */
export function clip(label: string, chars: number): string {
  return label.length > chars ? `${label.slice(0, Math.max(1, chars - 1))}…` : label;
}

/** Tick labels of an axis, all with the step's decimal places: 0,0 · 2,5 · 5,0. */
export function tickLabels(axis: Axis): string[] {
  const decimals = decimalsOf(axis.step);
  return axis.ticks.map((tick) => formatNumber(tick, decimals));
}

/**
 * Fills for bars: series 0 solid, the others hatched, dotted and cross-hatched in their colour, so
 * bars are told apart without colour. The colours are classes (portal.css): the CSP allows no inline style.
 */
export function Patterns({ id }: { id: string }) {
  const ids = chartIds(id);
  return (
    <defs>
      <pattern id={ids.pattern(1)} class="chart__series-1" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect class="chart__pattern-ground" width="6" height="6" />
        <line class="chart__pattern-ink" x1="1.5" y1="0" x2="1.5" y2="6" stroke-width="3" />
      </pattern>
      <pattern id={ids.pattern(2)} class="chart__series-2" patternUnits="userSpaceOnUse" width="6" height="6">
        <rect class="chart__pattern-ground" width="6" height="6" />
        <circle class="chart__pattern-dot" cx="3" cy="3" r="2" />
      </pattern>
      <pattern id={ids.pattern(3)} class="chart__series-3" patternUnits="userSpaceOnUse" width="8" height="8">
        <rect class="chart__pattern-ground" width="8" height="8" />
        <path class="chart__pattern-ink" d="M0 0L8 8M8 0L0 8" stroke-width="1.5" />
      </pattern>
    </defs>
  );
}

/** The fill attribute of a bar of series `index`: the pattern for all but the first. */
export const barFill = (id: string, index: number): string | undefined => (index === 0 ? undefined : `url(#${chartIds(id).pattern(index)})`);

/** Dashes and markers of lines, so lines are told apart without colour. */
export const LINE_DASHES = [undefined, '8 4', '2 3', '10 3 2 3'];

export function Marker({ index, x, y }: { index: number; x: number; y: number }) {
  const cls = `chart__marker chart__series-${index}`;
  if (index === 1) return <rect class={cls} x={x - 4} y={y - 4} width="8" height="8" />;
  if (index === 2) return <path class={cls} d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} />;
  if (index === 3) return <path class={cls} d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} />;
  return <circle class={cls} cx={x} cy={y} r="4" />;
}

/** A legend entry's sample: the bar's fill, or the line with its marker. */
function Swatch({ id, index, kind }: { id: string; index: number; kind: 'bar' | 'line' }) {
  return (
    <svg class="chart__swatch" width="32" height="16" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
      {kind === 'bar' ? (
        <rect class={`chart__bar chart__series-${index}`} x="1" y="1" width="30" height="14" fill={barFill(id, index)} />
      ) : (
        <>
          <line class={`chart__line chart__series-${index}`} x1="0" y1="8" x2="32" y2="8" stroke-dasharray={LINE_DASHES[index]} />
          <Marker index={index} x={16} y={8} />
        </>
      )}
    </svg>
  );
}

/** Names of the series in words, with their sample: needed as soon as there are two. */
export function Legend({ id, series, kind }: { id: string; series: readonly ChartSeries[]; kind: 'bar' | 'line' }) {
  if (series.length < 2) return null;
  return (
    <ul class="chart__legend">
      {series.map((s, index) => (
        <li>
          <Swatch id={id} index={index} kind={kind} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

interface FrameProps {
  id: string;
  title: string;
  summary: string;
  width: number;
  height: number;
  /** False when there is nothing to draw: then only the title and the summary ("keine Werte"). */
  drawn: boolean;
  legend: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The figure around every chart: its title, the SVG as one image named by the title and the summary
 * (`aria-labelledby`), the summary as visible text and the legend. The numbers are in the data table
 * (`ChartWithTable`); the SVG's own texts are hidden from screen readers with it.
 */
export function ChartFrame({ id, title, summary, width, height, drawn, legend, children }: FrameProps) {
  const ids = chartIds(id);
  return (
    <figure class="chart" id={id}>
      <figcaption class="chart__title" id={ids.title}>
        {title}
      </figcaption>
      {drawn && (
        <svg
          class="chart__svg"
          role="img"
          aria-labelledby={`${ids.title} ${ids.summary}`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          focusable="false"
          font-size={FONT_SIZE}
        >
          <Patterns id={id} />
          {children}
        </svg>
      )}
      <p class="chart__summary" id={ids.summary}>
        {summary}
      </p>
      {drawn && legend}
    </figure>
  );
}
