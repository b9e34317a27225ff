import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvChunks, csvLine, csvText, type CsvFormat, type CsvValue } from '.';

const SPREADSHEET: CsvFormat = { separator: ',', bom: false, defuseFormulas: true };
const GERMAN_SPREADSHEET: CsvFormat = { separator: ';', bom: true, defuseFormulas: true };
const PUBLISHED_AS_IS: CsvFormat = { separator: ',', bom: false, defuseFormulas: false };

describe('kernel csv: one writer for every CSV file', () => {
  it('ends every record with CRLF and writes empty cells for null and undefined (RFC 4180)', () => {
    assert.equal(csvText(['a', 'b', 'c'], [['x', null, undefined]], PUBLISHED_AS_IS), 'a,b,c\r\nx,,\r\n');
  });

  it('writes numbers and truth values as JavaScript prints them', () => {
    assert.equal(csvLine([2.5, -3, 0, true, false], PUBLISHED_AS_IS), '2.5,-3,0,true,false\r\n');
  });

  for (const [what, value, expected] of [
    ['the separator', 'Erstens, zweitens', '"Erstens, zweitens"'],
    ['a quote, doubled', 'Halle "Nord"', '"Halle ""Nord"""'],
    ['a line feed', 'eins\nzwei', '"eins\nzwei"'],
    ['a carriage return inside', 'eins\rzwei', '"eins\rzwei"'],
  ] as const) {
    it(`quotes a cell holding ${what}`, () => assert.equal(csvLine([value], PUBLISHED_AS_IS), `${expected}\r\n`));
  }

  it('quotes the separator it writes: a semicolon file leaves commas (decimal signs) alone', () => {
    assert.equal(csvLine(['89,00', 'a;b'], GERMAN_SPREADSHEET), '89,00;"a;b"\r\n');
    assert.equal(csvLine(['a;b'], SPREADSHEET), 'a;b\r\n');
    assert.equal(csvLine(['a\tb', 'c,d'], { ...PUBLISHED_AS_IS, separator: '\t' }), '"a\tb"\tc,d\r\n');
  });

  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    it(`defuses text starting with ${JSON.stringify(start)}: a leading apostrophe, always quoted`, () => {
      assert.equal(csvLine([`${start}1+1`], SPREADSHEET), `"'${start}1+1"\r\n`);
      const unguarded = start === '\r' ? '"\r1+1"' : `${start}1+1`;
      assert.equal(csvLine([`${start}1+1`], PUBLISHED_AS_IS), `${unguarded}\r\n`, 'left as it is without the guard');
    });
  }

  it('defuses a formula together with its quotes, and the header too', () => {
    assert.equal(csvText(['=titel'], [['=HYPERLINK("http://evil.example")']], SPREADSHEET), `"'=titel"\r\n"'=HYPERLINK(""http://evil.example"")"\r\n`);
  });

  it('leaves numbers alone under the guard, so a negative number stays a number', () => {
    assert.equal(csvLine([-3, 'Summe -3'], SPREADSHEET), '-3,Summe -3\r\n');
  });

  it('puts a byte order mark before the header only when asked', () => {
    assert.equal(csvText(['Name'], [['Ä']], GERMAN_SPREADSHEET), '\uFEFFName\r\nÄ\r\n');
    assert.equal(csvText(['Name'], [], SPREADSHEET), 'Name\r\n');
  });

  it('streams the header first and each page as one chunk, with the same bytes as the whole file', async () => {
    const pages: CsvValue[][][] = [
      [['1', '=a']],
      [
        ['2', null],
        ['3', 'c,d'],
      ],
    ];
    async function* source() {
      yield* pages;
    }
    const chunks: string[] = [];
    for await (const chunk of csvChunks(['id', 'wert'], source(), GERMAN_SPREADSHEET)) chunks.push(chunk);
    assert.deepEqual(chunks, ['\uFEFFid;wert\r\n', `1;"'=a"\r\n`, '2;\r\n3;c,d\r\n']);
    assert.equal(chunks.join(''), csvText(['id', 'wert'], pages.flat(), GERMAN_SPREADSHEET));
  });
});
