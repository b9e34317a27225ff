import type { FigureUnit } from '../../../kernel/module';
import { formatFigure } from '../exports/figure-format';
import type { FigureRow, PartnerFeed } from '../tables';

/** One line of the comparison: a figure key, our value and each town's, as shown. */
export interface ComparisonRow {
  key: string;
  label: string;
  ours: string;
  /** In the order of the towns; "—" where a town does not give the figure. */
  others: string[];
}

/** A town's value with its own unit; said so where it counts differently from ours (never compared as if alike). */
function shown(value: number | null, unit: FigureUnit, ourUnit: FigureUnit | undefined): string {
  const text = formatFigure(value, unit);
  return ourUnit !== undefined && unit !== ourUnit && value !== null ? `${text} (andere Einheit)` : text;
}

/**
 * Our figures beside the imported towns', matched by key: ours first in our order, then the keys
 * only other towns give (an unknown key is shown, it is simply not ours), by key.
 */
export function comparisonRows(ours: readonly FigureRow[], partners: readonly PartnerFeed[]): ComparisonRow[] {
  const theirs = partners.map((partner) => new Map(partner.feed.figures.map((figure) => [figure.key, figure])));
  const ourKeys = new Set(ours.map((figure) => figure.key));
  const rows: ComparisonRow[] = ours.map((figure) => ({
    key: figure.key,
    label: figure.label,
    ours: formatFigure(figure.value, figure.unit),
    others: theirs.map((figures) => {
      const other = figures.get(figure.key);
      return other ? shown(other.value, other.unit, figure.unit) : '—';
    }),
  }));
  const extraKeys = [...new Set(theirs.flatMap((figures) => [...figures.keys()]))].filter((key) => !ourKeys.has(key)).sort();
  for (const key of extraKeys) {
    const first = theirs.map((figures) => figures.get(key)).find((figure) => figure !== undefined)!;
    rows.push({
      key,
      label: first.label,
      ours: '—',
      others: theirs.map((figures) => {
        const other = figures.get(key);
        return other ? shown(other.value, other.unit, undefined) : '—';
      }),
    });
  }
  return rows;
}
