export { ChartWithTable } from './chart-with-table';
export { chartableColumns, type ChartableData, type ColumnKind } from './chartable-columns';
