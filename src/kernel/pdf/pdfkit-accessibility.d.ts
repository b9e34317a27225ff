// pdfkit 0.20 supports these accessibility options; @types/pdfkit 0.17 does not declare them yet.
declare namespace PDFKit.Mixins {
  interface TableOptions {
    /** Tags the table (Table/TR/TH/TD) below this structure element. */
    structParent?: PDFStructureElement;
  }
  interface CellOptions {
    /** For TH cells: which cells the header applies to. */
    scope?: 'Row' | 'Column' | 'Both';
  }
}
