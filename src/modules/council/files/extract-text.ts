import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Bounds, so a hostile or huge PDF cannot keep a request or an import busy for long. */
export interface ExtractLimits {
  maxPages: number;
  maxChars: number;
}

const DEFAULT_LIMITS: ExtractLimits = { maxPages: 300, maxChars: 2_000_000 };

/**
 * The text of a PDF's text layer, for the full-text search: pages joined by blank lines, white space
 * folded. Null when the PDF has no text (a scan) or cannot be read: a broken file is stored all the
 * same, it is just not searchable. Shared by the staff uploads and the OParl importer.
 */
export async function extractPdfText(bytes: Uint8Array, limits: Partial<ExtractLimits> = {}): Promise<string | null> {
  const { maxPages, maxChars } = { ...DEFAULT_LIMITS, ...limits };
  // pdf.js takes over the buffer it is given; a copy keeps the caller's intact.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    let length = 0;
    for (let number = 1; number <= Math.min(document.numPages, maxPages) && length < maxChars; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim();
      page.cleanup();
      if (text) pages.push(text);
      length += text.length;
    }
    const text = pages.join('\n\n').slice(0, maxChars).replace(/\0/g, '');
    return text || null;
  } catch {
    return null;
  } finally {
    await task.destroy();
  }
}
