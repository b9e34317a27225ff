import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { pdfStreams as streams } from '../../../tests/support/pdf-text';
import { renderPdf, type PdfDocumentSpec } from './index';

/** Glyph id → text, from each embedded font's ToUnicode CMap (what copy-paste and screen readers use). */
function toUnicodeMaps(all: string[]): Map<number, string>[] {
  return all
    .filter((stream) => stream.includes('begincmap'))
    .map((cmap) => {
      const map = new Map<number, string>();
      for (const [, first, list] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
        [...list!.matchAll(/<([0-9a-f]+)>/g)].forEach(([, hex], index) => map.set(parseInt(first!, 16) + index, String.fromCodePoint(parseInt(hex!, 16))));
      }
      return map;
    });
}

/** The text shown on the pages, decoded once with each font's map (one of them fits each run). */
function extractText(pdf: Buffer): string {
  const all = streams(pdf);
  const content = all.filter((stream) => / Tf\b/.test(stream)).join('\n');
  const runs = [...content.matchAll(/\[([^\]]*)\] TJ/g)].map(([, array]) => [...array!.matchAll(/<([0-9a-f]+)>/g)].map(([, hex]) => hex!).join(''));
  return toUnicodeMaps(all)
    .map((map) => runs.map((hex) => (hex.match(/.{4}/g) ?? []).map((glyph) => map.get(parseInt(glyph, 16)) ?? '\uFFFD').join('')).join('\n'))
    .join('\n');
}

const SPEC: PdfDocumentSpec = {
  title: 'Eingangsbestätigung ISN-2026-000123',
  author: 'Stadt Iserlohn',
  letterhead: {
    sender: ['Stadt Iserlohn', 'Schillerplatz 7', '58636 Iserlohn'],
    recipient: ['Jürgen Müßig', 'Grüne Gasse 3'],
    date: '25.11.2026',
    reference: 'ISN-2026-000123',
  },
  blocks: [
    { type: 'heading', text: 'Ihr Antrag ist eingegangen' },
    { type: 'paragraph', text: 'Gebühr: 12,50 €' },
    { type: 'heading', text: 'Ihre Angaben', level: 2 },
    // Enough rows for a second page.
    { type: 'fields', rows: Array.from({ length: 45 }, (_, index) => ({ label: `Angabe ${index + 1}`, value: `Straße ${index + 1}` })) },
    { type: 'list', items: ['Personalausweis', 'Meldebescheinigung'] },
    {
      type: 'table',
      columns: ['Kennzahl', 'Bereich', 'Wert'],
      rows: [
        ['Anträge im Monat', 'Bürgerplattform', '1.204'],
        ['Hotspots online', 'WLAN', ''],
      ],
      widths: [0.5, 0.3, 0.2],
    },
  ],
  footer: 'Stadt Iserlohn · Schillerplatz 7 · 58636 Iserlohn',
};

describe('renderPdf', () => {
  let pdf: Buffer;
  let raw: string;
  let text: string;
  before(async () => {
    pdf = await renderPdf(SPEC);
    raw = pdf.toString('latin1');
    text = extractText(pdf);
  });

  it('is a PDF 1.7 with title and author in the metadata and the title shown by viewers', () => {
    assert.equal(raw.slice(0, 8), '%PDF-1.7');
    // Non-ASCII text strings are UTF-16BE with a byte order mark.
    const utf16 = (value: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(value, 'utf16le').swap16()]).toString('latin1');
    const titleRef = /\/Title (\d+) 0 R/.exec(raw)?.[1];
    assert.ok(raw.includes(`\n${titleRef} 0 obj\n(${utf16(SPEC.title)})`), 'title in the document information');
    assert.match(raw, /\/Author \d+ 0 R/);
    assert.match(raw, /\/DisplayDocTitle true/);
    assert.match(raw, /\/Lang \(de-DE\)/);
    // XMP metadata (UTF-8, uncompressed): PDF/UA identification and the title once more.
    const xmp = pdf.toString('utf8');
    assert.ok(xmp.includes('<pdfuaid:part>1</pdfuaid:part>'), 'PDF/UA identification');
    assert.ok(xmp.includes(`<rdf:li xml:lang="x-default">${SPEC.title}</rdf:li>`), 'dc:title');
  });

  it('is tagged: mark info, a structure tree with headings, paragraphs, a list and tables with row and column headers', () => {
    assert.match(raw, /\/MarkInfo \d+ 0 R/);
    assert.match(raw, /\/Marked true/);
    assert.match(raw, /\/StructTreeRoot \d+ 0 R/);
    for (const tag of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) assert.match(raw, new RegExp(`/S /${tag}\\b`), tag);
    assert.match(raw, /\/Scope \/Row/);
    assert.match(raw, /\/Scope \/Column/);
    // Headers are bold, values regular: each font's text is decoded on its own (extractText).
    assert.match(text, /Kennzahl[\s\S]*Bereich[\s\S]*Wert[\s\S]*Anträge im Monat[\s\S]*Hotspots online/, 'the header row first, then the row headers');
    assert.match(text, /1\.204/);
  });

  it('embeds Fira Sans with Unicode mapping, so umlauts, ß and € are real text', () => {
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+FiraSans-Regular/);
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+FiraSans-Bold/);
    assert.match(raw, /\/ToUnicode \d+ 0 R/);
    for (const expected of [
      'Jürgen Müßig',
      'Grüne Gasse 3',
      'Gebühr: 12,50 €',
      'Ihr Antrag ist eingegangen',
      'Datum: 25.11.2026',
      'Zeichen: ISN-2026-000123',
      'Straße 45',
    ]) {
      assert.ok(text.includes(expected), `text contains ${expected}`);
    }
  });

  it('breaks pages and numbers them in the footer, marked as pagination artifacts', () => {
    assert.equal(raw.match(/\/Type \/Page\b/g)?.length, 2);
    assert.ok(text.includes('Seite 1 von 2') && text.includes('Seite 2 von 2'));
    assert.ok(text.includes('Stadt Iserlohn · Schillerplatz 7 · 58636 Iserlohn'));
    assert.equal(streams(pdf).filter((stream) => /\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/.test(stream)).length, 2);
  });

  it('works without letterhead and footer', async () => {
    const plain = await renderPdf({ title: 'Export', author: 'Stadt Iserlohn', blocks: [{ type: 'paragraph', text: 'Öffnungszeiten' }] });
    assert.ok(extractText(plain).includes('Öffnungszeiten'));
    assert.ok(extractText(plain).includes('Seite 1 von 1'));
  });
});
