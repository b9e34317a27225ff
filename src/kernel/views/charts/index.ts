export { BarChart } from './bar-chart';
export { LineChart } from './line-chart';
export { ChartWithTable } from './chart-with-table';
export { chartableColumns, type ChartableData, type ColumnKind, type TypedColumn } from './chartable-columns';
export type { ChartProps, ChartSeries } from './model';
