import { Table, type Column } from '../components/lists';
import { BarChart } from './bar-chart';
import { LineChart } from './line-chart';
import type { ChartProps } from './model';
import { formatNumber } from './scale';

interface Row {
  label: string;
  values: (number | null | undefined)[];
}

/**
 * A chart and its numbers: the table beside the chart on wide screens and below it on narrow ones
 * (portal.css). The table is the exact alternative for everyone who cannot read the drawing.
 */
export function ChartWithTable({
  kind,
  labelHeader,
  ...props
}: ChartProps & { kind: 'bar' | 'line'; /** Header of the category column, e.g. "Stadtteil". */ labelHeader: string }) {
  const rows: Row[] = props.labels.map((label, index) => ({ label, values: props.series.map((s) => s.values[index]) }));
  const columns: Column<Row>[] = [
    { header: labelHeader, cell: (row) => row.label },
    ...props.series.map((s, index) => ({
      header: props.unit ? `${s.name} (${props.unit})` : s.name,
      numeric: true,
      cell: (row: Row) => {
        const value = row.values[index];
        return value === null || value === undefined || !Number.isFinite(value) ? '–' : formatNumber(value);
      },
    })),
  ];
  return (
    <div class="chart-with-table">
      {kind === 'bar' ? <BarChart {...props} /> : <LineChart {...props} />}
      <Table caption={`${props.title} – Werte`} columns={columns} rows={rows} empty="Keine Werte." />
    </div>
  );
}
