import { formatNumber } from './scale';

/** One row of values per category; `null` where a value is missing (drawn as a gap, named in the table as "–"). */
export interface ChartSeries {
  name: string;
  values: readonly (number | null)[];
}

export interface ChartProps {
  /** Unique on the page: prefixes the ids of the title, the summary and the fill patterns. */
  id: string;
  title: string;
  /** Category names along one axis (districts, months); `labels[i]` belongs to every series' `values[i]`. */
  labels: readonly string[];
  /** Up to four; each gets its own colour and pattern (bars) or dash and marker (lines). */
  series: readonly ChartSeries[];
  /** Appended to numbers in the summary, e.g. "€" or "Anträge". */
  unit?: string;
}

/** The most series a chart distinguishes by pattern or marker; the others show in the table only. */
export const MAX_SERIES = 4;

/** Ids of the parts a chart's `aria-labelledby` points to. */
export const chartIds = (id: string) => ({ title: `${id}-title`, summary: `${id}-summary`, pattern: (series: number) => `${id}-pattern-${series}` });

interface Extreme {
  value: number;
  labels: string[];
}

/** Every finite value of the drawn series. */
export function finiteValues(series: readonly ChartSeries[]): number[] {
  return series.flatMap((s) => s.values.filter((value): value is number => value !== null && Number.isFinite(value)));
}

function extremes(labels: readonly string[], values: readonly (number | null)[]): { high: Extreme; low: Extreme } | undefined {
  let high: Extreme | undefined;
  let low: Extreme | undefined;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return;
    const label = labels[index] ?? `Wert ${index + 1}`;
    if (!high || value > high.value) high = { value, labels: [label] };
    else if (value === high.value) high.labels.push(label);
    if (!low || value < low.value) low = { value, labels: [label] };
    else if (value === low.value) low.labels.push(label);
  });
  return high && low ? { high, low } : undefined;
}

/** "Letmathe, Hennen und 3 weitere": ties named, but not endlessly. */
function names(labels: string[]): string {
  const shown = labels.slice(0, 3).join(', ');
  return labels.length > 3 ? `${shown} und ${labels.length - 3} weitere` : shown;
}

function withUnit(value: number, unit: string | undefined): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/**
 * The chart in one or two plain German sentences, read by screen readers with the title and shown
 * under the chart: "Höchster Wert: 1.234 (Letmathe), niedrigster: −5 (Hennen)."
 */
export function chartSummary({ labels, series, unit }: Pick<ChartProps, 'labels' | 'series' | 'unit'>): string {
  const parts = series.slice(0, MAX_SERIES).flatMap((s) => {
    const found = extremes(labels, s.values);
    if (!found) return [];
    const { high, low } = found;
    const prefix = series.length > 1 ? `${s.name}: ` : '';
    if (high.labels.length === 1 && finiteValues([s]).length === 1) return [`${prefix}Einziger Wert: ${withUnit(high.value, unit)} (${high.labels[0]}).`];
    if (high.value === low.value) return [`${prefix}Alle Werte sind ${withUnit(high.value, unit)}.`];
    return [`${prefix}Höchster Wert: ${withUnit(high.value, unit)} (${names(high.labels)}), niedrigster: ${withUnit(low.value, unit)} (${names(low.labels)}).`];
  });
  return parts.length > 0 ? parts.join(' ') : 'Für dieses Diagramm gibt es keine Werte.';
}
