/** CSV files as people open them in spreadsheets and programs read them: one quoting rule, one formula guard. */
export { csvChunks, csvLine, csvText, type CsvFormat, type CsvValue } from './writer';
