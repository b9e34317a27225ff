export type PdfBlock =
  | { type: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; rows: { label: string; value: string }[] }
  | { type: 'list'; items: string[] }
  /**
   * A data table: `columns` are its column headers (tagged TH with scope Column), each row's first cell
   * names the row (TH with scope Row), so a screen reader announces both with every value. `widths`
   * are the columns' shares of the line (they add up to 1); without them the columns share it equally.
   */
  | { type: 'table'; columns: string[]; rows: string[][]; widths?: number[] };

export interface PdfDocumentSpec {
  title: string;
  author: string;
  subject?: string;
  /** BCP 47 language of the document; default de-DE. */
  lang?: string;
  /** Letter layout: sender block (authority), recipient address lines, date and reference line. */
  letterhead?: { sender: string[]; recipient?: string[]; date?: string; reference?: string };
  blocks: PdfBlock[];
  /** Printed at the bottom of every page, e.g. the authority's address and page numbers. */
  footer?: string;
  /**
   * `embedded` (default): Fira Sans subsets, as PDF/UA demands; for every document a person receives.
   * `standard`: the PDF base fonts (Helvetica), not embedded; WinAnsi still carries umlauts, ß and €
   * in the text layer, and a page renders about thirty times faster: for documents made by the hundred
   * (the council demo's papers and minutes).
   */
  fonts?: 'embedded' | 'standard';
}
