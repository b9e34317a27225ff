export type Delimiter = ';' | ',' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t', '|'];
/** Lines the delimiter is guessed from: enough to see a pattern, few enough to stay cheap. */
const SAMPLE_LINES = 20;

/** How often each candidate occurs in a line outside double quotes. */
function countOutsideQuotes(line: string): Map<Delimiter, number> {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  return counts;
}

/**
 * The delimiter of a CSV file from its first lines: the candidate that occurs the same number of
 * times in every line, and most often; a German Excel writes `;` (the comma is the decimal sign),
 * others `,`, tab or `|`. A file with one column has none of them and reads as `,`.
 * Lines inside a quoted field that spans lines may disagree; a candidate that is present in every
 * line but not equally often is still preferred to one that is missing in some.
 */
export function sniffDelimiter(head: string): Delimiter {
  const lines = head
    .split(/\r\n|\n|\r/)
    .slice(0, SAMPLE_LINES + 1)
    // The last piece of the sample may be a cut line.
    .slice(0, head.includes('\n') ? -1 : undefined)
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) return ',';
  const perLine = lines.map(countOutsideQuotes);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const candidate of CANDIDATES) {
    const counts = perLine.map((counts) => counts.get(candidate)!);
    if (counts.some((count) => count === 0)) continue;
    const consistent = counts.every((count) => count === counts[0]);
    const score = (consistent ? 1_000_000 : 0) + counts[0]!;
    if (score > best.score) best = { delimiter: candidate, score };
  }
  return best.delimiter;
}
