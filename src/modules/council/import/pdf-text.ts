/**
 * The text layer of a PDF for the full-text search, with pdfjs-dist (legacy build: plain Node, no
 * DOM). No worker thread: pdfjs runs its "fake worker" in this thread when it finds the worker module
 * on `globalThis.pdfjsWorker`, which also keeps it working in the esbuild bundle (packages stay in
 * node_modules there, so both modules are loaded from it by name). A page limit and a time limit keep
 * a hostile PDF from holding the import; a scanned PDF without text gives null.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

/** pdfjs wants the standard fonts as a URL ending in a slash (they give glyph widths for the text positions). */
function standardFontDataUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${pathToFileURL(join(dirname(packageJson), 'standard_fonts')).href}/`;
}

export class PdfTextError extends Error {
  override name = 'PdfTextError';
}

export async function extractPdfText(bytes: Uint8Array, limits: { maxPages: number; timeoutMs: number }): Promise<string | null> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes,
    standardFontDataUrl: standardFontDataUrl(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfTextError(`Der Text war nicht innerhalb von ${limits.timeoutMs / 1000} Sekunden gelesen.`)), limits.timeoutMs);
  });
  try {
    return await Promise.race([readPages(task, limits.maxPages), timeout]);
  } catch (error) {
    if (error instanceof PdfTextError) throw error;
    throw new PdfTextError(`Die PDF-Datei ließ sich nicht lesen (${(error as Error).message.slice(0, 200)}).`);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

async function readPages(task: ReturnType<PdfJs['getDocument']>, maxPages: number): Promise<string | null> {
  const document = await task.promise;
  const parts: string[] = [];
  for (let number = 1; number <= Math.min(document.numPages, maxPages); number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    page.cleanup();
  }
  const text = parts
    .join('\n\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return text === '' ? null : text;
}
