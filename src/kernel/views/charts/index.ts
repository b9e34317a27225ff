export { ChartWithTable } from './chart-with-table';
export { formatNumber } from './scale';
export { chartableColumns, type ChartableData, type ColumnKind } from './chartable-columns';
