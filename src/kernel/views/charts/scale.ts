/** Value axes with round steps (1, 2, 2.5 or 5 times a power of ten) and numbers as people in Germany write them. */

export interface Axis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step that covers `span` in at most `maxIntervals` intervals. */
function niceStep(span: number, maxIntervals: number): number {
  const rough = span / maxIntervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  const factor = STEPS.find((step) => step * power >= rough * (1 - 1e-9)) ?? 10;
  return factor * power;
}

/** Decimal places a step needs: 0.25 → 2, 5 → 0. */
export function decimalsOf(step: number): number {
  let decimals = 0;
  while (decimals < 12 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals += 1;
  return decimals;
}

/**
 * An axis from `low` to `high` with about `maxIntervals` round intervals; both ends are ticks.
 * A single value (low = high) gets an axis around it, so one bar or one point is still drawn.
 */
export function niceAxis(low: number, high: number, maxIntervals = 5): Axis {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return niceAxis(0, 1, maxIntervals);
  if (low > high) return niceAxis(high, low, maxIntervals);
  if (low === high) {
    if (low === 0) return niceAxis(0, 1, maxIntervals);
    return niceAxis(low - Math.abs(low) / 2, high + Math.abs(high) / 2, maxIntervals);
  }
  const step = niceStep(high - low, maxIntervals);
  const decimals = decimalsOf(step);
  const round = (value: number) => Number(value.toFixed(decimals));
  const min = round(Math.floor(low / step + 1e-9) * step);
  const max = round(Math.ceil(high / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let index = 0; min + index * step <= max + step / 2; index += 1) ticks.push(round(min + index * step));
  return { min, max, step, ticks };
}

const formats = new Map<number, Intl.NumberFormat>();

/** 1.234,5 and −3 (de-DE); `decimals` fixes the places (axis ticks), otherwise up to two as needed. */
export function formatNumber(value: number, decimals?: number): string {
  const key = decimals ?? -1;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      'de-DE',
      decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    formats.set(key, format);
  }
  return format.format(value);
}
