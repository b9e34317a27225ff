import type { FigureUnit } from '../../../../kernel/module';
import { formatNumber } from '../../../../kernel/views/charts';

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Nov. 2026" for `2026-11`. */
export const monthLabel = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

/** What follows a number of the unit, in the text and in the charts' summaries and table headers. */
export const UNIT_SUFFIX: Record<FigureUnit, string | undefined> = { count: undefined, percent: '%', days: 'Tage', euro: '€' };

export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null) return 'noch kein Wert';
  const suffix = UNIT_SUFFIX[unit];
  return suffix ? `${formatNumber(value)} ${suffix}` : formatNumber(value);
}

/** "+3", "−2,5 Prozentpunkte", "unverändert"; "–" when there is nothing to compare with. */
export function formatChange(now: number | null, before: number | null, unit: FigureUnit): string {
  if (now === null || before === null) return 'noch kein Vergleichswert';
  const change = Math.round((now - before) * 10) / 10;
  if (change === 0) return `${formatFigure(before, unit)} (unverändert)`;
  const sign = change > 0 ? '+' : '−';
  const amount = unit === 'percent' ? `${formatNumber(Math.abs(change))} Prozentpunkte` : formatFigure(Math.abs(change), unit);
  return `${formatFigure(before, unit)} (${sign}${amount})`;
}
