import type { FigureUnit } from '../../../kernel/module';

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const euroFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** A figure's value as people read it, with its unit ("45 %", "12,5 Tage", "1.234 €"); "—" when there is none. */
export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null) return '—';
  switch (unit) {
    case 'percent':
      return `${numberFormat.format(value)} %`;
    case 'days':
      return `${numberFormat.format(value)} ${value === 1 ? 'Tag' : 'Tage'}`;
    case 'euro':
      return euroFormat.format(value);
    case 'count':
      return numberFormat.format(value);
  }
}
