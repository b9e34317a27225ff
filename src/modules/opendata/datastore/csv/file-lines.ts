/** What csv-parse tells `on_record` of each record (the part used here). */
interface RecordInfo {
  /** Empty lines skipped so far. */
  empty_lines: number;
}

function count(text: string, part: string): number {
  let found = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) found += 1;
  return found;
}

/**
 * The line in the file of each record, as an editor shows it and as PostgreSQL's COPY names it: empty
 * lines count, and a record whose quoted value holds line breaks spans several lines and is named by its
 * last one (COPY counts the line ends inside quotes as it reads). csv-parse's own `info.lines` counts
 * a `\r\n` inside quotes twice, so the lines are counted here from the records.
 */
export class FileLines {
  private records = 0;
  /** Line breaks inside quoted values so far, and how many of them were `\r\n` (csv-parse's count is higher by these). */
  private breaks = 0;
  private crlfs = 0;
  /** Lines of the records read but not yet taken (csv-parse reads ahead of its reader). */
  private readonly ahead: number[] = [];

  /** `skippedLines`: lines before the first record that csv-parse never sees (Excel's `sep=;` line). */
  constructor(private readonly skippedLines: number) {}

  /** Counts a record as csv-parse reads it (its `on_record`), and passes it on. */
  read(record: string[], info: RecordInfo): string[] {
    this.records += 1;
    for (const value of record) {
      if (value.includes('\n')) {
        this.breaks += count(value, '\n');
        this.crlfs += count(value, '\r\n');
      }
    }
    this.ahead.push(this.skippedLines + this.records + info.empty_lines + this.breaks);
    return record;
  }

  /** The line of the next record taken from the parser: where it ends in the file. */
  next(): number {
    return this.ahead.shift() ?? 0;
  }

  /** The file's line of a line number in a csv-parse error. */
  errorLine(parserLines: number): number {
    return this.skippedLines + parserLines - this.crlfs;
  }
}
