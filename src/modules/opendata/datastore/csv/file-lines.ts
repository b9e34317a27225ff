import { Parser, type Info, type Options } from 'csv-parse';

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

  /** `skippedLines`: lines before the first record that csv-parse never sees (Excel's `sep=;` line). */
  constructor(private readonly skippedLines: number) {}

  /** The line of a record csv-parse has just read (where it ends); `info.empty_lines` are the empty lines it skipped so far. */
  lineOf(record: readonly string[], info: Info): number {
    this.records += 1;
    for (const value of record) {
      if (value.includes('\n')) {
        this.breaks += count(value, '\n');
        this.crlfs += count(value, '\r\n');
      }
    }
    return this.skippedLines + this.records + info.empty_lines + this.breaks;
  }

  /** The file's line of a line number in a csv-parse error. */
  errorLine(parserLines: number): number {
    return this.skippedLines + parserLines - this.crlfs;
  }
}

/**
 * csv-parse's parser, handing on each record with its line (`{ values, line }`), counted as it parses:
 * it parses ahead of its reader (a whole chunk at a time), and its errors name the line where it
 * stopped. Its own hook per record (`on_record`) would do, but builds an info object for each record,
 * and a generator around the parser costs a promise per record: either made reading a file 1.6 to 3
 * times slower.
 */
export class LineCountingParser extends Parser {
  constructor(
    options: Options,
    private readonly lines: FileLines,
  ) {
    super(options);
  }

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (!Array.isArray(record)) return super.push(record, encoding);
    return super.push({ values: record, line: this.lines.lineOf(record as string[], this.info) }, encoding);
  }
}
