export type { PdfBlock, PdfDocumentSpec } from './types';
export { renderPdf } from './render';
