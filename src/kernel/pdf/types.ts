export type PdfBlock =
  | { type: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; rows: { label: string; value: string }[] }
  | { type: 'list'; items: string[] };

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
