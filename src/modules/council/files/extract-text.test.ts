import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPdf } from '../../../kernel/pdf';
import { extractPdfText } from './extract-text';

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

  it('answers null for bytes that are no PDF, and keeps to the page limit', async () => {
    assert.equal(await extractPdfText(Buffer.from('%PDF-1.7\nkaputt')), null);
    assert.equal(await extractPdfText(Buffer.from('GIF89a')), null);
    const pdf = await renderPdf({ title: 'x', author: 'Stadt', blocks: [{ type: 'paragraph', text: 'Seite eins' }] });
    assert.equal(await extractPdfText(pdf, { maxPages: 0 }), null);
  });
});
