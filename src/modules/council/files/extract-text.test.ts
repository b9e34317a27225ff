import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPdf } from '../../../kernel/pdf';
import { extractPdfText, PdfTextError, textOrNull } from './extract-text';

describe('council files: PDF text extraction', () => {
  it('reads the text layer of a PDF, umlauts included', async () => {
    const pdf = await renderPdf({
      title: 'Einladung',
      author: 'Stadt Iserlohn',
      blocks: [
        { type: 'heading', text: 'Einladung zur Sitzung' },
        { type: 'paragraph', text: 'Tagesordnung: Straßenbau in der Südstadt' },
      ],
    });
    const text = await extractPdfText(pdf);
    assert.match(text ?? '', /Einladung zur Sitzung/);
    assert.match(text ?? '', /Straßenbau in der Südstadt/);
  });

  it('says why bytes are no readable PDF (the importer reports it), or answers null for an upload', async () => {
    await assert.rejects(extractPdfText(Buffer.from('%PDF-1.7\nkaputt')), PdfTextError);
    await assert.rejects(extractPdfText(Buffer.from('GIF89a')), /PDF-Datei ließ sich nicht lesen/);
    assert.equal(await textOrNull(Buffer.from('GIF89a')), null);
  });

  it("keeps to the page and character limits, and leaves the caller's bytes intact", async () => {
    const pdf = await renderPdf({ title: 'x', author: 'Stadt', blocks: [{ type: 'paragraph', text: 'Seite eins mit Text' }] });
    const copy = Buffer.from(pdf);
    assert.equal(await extractPdfText(pdf, { maxPages: 0 }), null);
    assert.equal(await extractPdfText(pdf, { maxChars: 5 }), 'Seite');
    assert.deepEqual(pdf, copy);
  });
});
