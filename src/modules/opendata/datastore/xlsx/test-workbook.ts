import { strToU8, zipSync, type Zippable } from 'fflate';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface TestWorkbook {
  /** The worksheets' `<sheetData>` contents, by file name; the workbook lists them in `tabs` order (default: as given). */
  sheets: Record<string, string>;
  tabs?: string[];
  sharedStrings?: string[];
  /** `<numFmts>` and the `numFmtId` of each `cellXfs` entry (index = the cells' `s`). */
  numFmts?: Record<number, string>;
  cellXfs?: number[];
  date1904?: boolean;
  /** Excel's order puts the worksheets before workbook.xml's parts; `workbook-last` puts them before the workbook too. */
  order?: 'excel' | 'workbook-last';
}

/** A minimal valid XLSX (fflate's zipSync) for the tests: only what the loader reads, in an order like Excel's. */
export function testWorkbook(book: TestWorkbook): Buffer {
  const names = Object.keys(book.sheets);
  const tabs = book.tabs ?? names;
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} ${rns}>${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${tabs
    .map((name, index) => `<sheet name="Blatt ${index + 1}" sheetId="${index + 1}" r:id="rId${names.indexOf(name) + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
    .map(
      (name, index) =>
        `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${name}"/>`,
    )
    .join('')}</Relationships>`;
  const sheets: Zippable = Object.fromEntries(
    names.map((name) => [
      `xl/worksheets/${name}`,
      strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${book.sheets[name]}</sheetData></worksheet>`),
    ]),
  );
  const formats = Object.entries(book.numFmts ?? {});
  const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}>${
    formats.length
      ? `<numFmts count="${formats.length}">${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code).replaceAll('"', '&quot;')}"/>`).join('')}</numFmts>`
      : ''
  }<cellXfs>${(book.cellXfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join('')}</cellXfs></styleSheet>`;
  const shared = `<?xml version="1.0" encoding="UTF-8"?><sst ${ns}>${(book.sharedStrings ?? []).map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`;
  const workbookParts: Zippable = { 'xl/workbook.xml': strToU8(workbook), 'xl/_rels/workbook.xml.rels': strToU8(rels) };
  const rest: Zippable = { 'xl/sharedStrings.xml': strToU8(shared), 'xl/styles.xml': strToU8(styles) };
  const archive: Zippable =
    book.order === 'workbook-last'
      ? { ...sheets, ...rest, ...workbookParts }
      : { '[Content_Types].xml': strToU8('<Types/>'), ...workbookParts, ...sheets, ...rest };
  return Buffer.from(zipSync(archive));
}
