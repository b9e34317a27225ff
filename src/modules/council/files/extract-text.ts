/**
 * The text layer of a PDF for the full-text search, with pdfjs-dist (legacy build: plain Node, no
 * DOM). No worker thread: pdfjs runs its "fake worker" in this thread when it finds the worker module
 * on `globalThis.pdfjsWorker`, which also keeps it working in the esbuild bundle (packages stay in
 * node_modules there, so both modules are loaded from it by name). Limits on pages, characters and time
 * keep a hostile PDF from holding an import or an upload; a scanned PDF without text gives null.
 * Shared by the OParl importer (which reports why a file has no text) and the staff uploads (which
 * store the file all the same: `textOrNull`).
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

export interface ExtractLimits {
  maxPages: number;
  /** The search reads no further; a longer text is cut here. */
  maxChars: number;
  timeoutMs: number;
}

const DEFAULT_LIMITS: ExtractLimits = { maxPages: 200, maxChars: 2_000_000, timeoutMs: 30_000 };

/** The text layer, or null for a PDF without one; PdfTextError says why a PDF could not be read. */
export async function extractPdfText(bytes: Uint8Array, given: Partial<ExtractLimits> = {}): Promise<string | null> {
  const limits = { ...DEFAULT_LIMITS, ...given };
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes over the buffer it is given; a copy keeps the caller's intact.
    data: new Uint8Array(bytes),
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
    return await Promise.race([readPages(task, limits), timeout]);
  } catch (error) {
    if (error instanceof PdfTextError) throw error;
    throw new PdfTextError(`Die PDF-Datei ließ sich nicht lesen (${(error as Error).message.slice(0, 200)}).`);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

async function readPages(task: ReturnType<PdfJs['getDocument']>, { maxPages, maxChars }: ExtractLimits): Promise<string | null> {
  const document = await task.promise;
  const parts: string[] = [];
  let length = 0;
  for (let number = 1; number <= Math.min(document.numPages, maxPages) && length < maxChars; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const part = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    parts.push(part);
    length += part.length;
    page.cleanup();
  }
  const text = parts
    .join('\n\n')
    .slice(0, maxChars)
    .replace(/\0/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return text === '' ? null : text;
}

/** For a file that is stored whether or not its text can be read (an upload): null instead of an error. */
export async function textOrNull(bytes: Uint8Array, limits: Partial<ExtractLimits> = {}): Promise<string | null> {
  try {
    return await extractPdfText(bytes, limits);
  } catch (error) {
    if (error instanceof PdfTextError) return null;
    throw error;
  }
}
