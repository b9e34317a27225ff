import { kindOfNumberFormat, type NumberKind } from './number-formats';
import { parseXml } from './xml';

export interface WorkbookSheets {
  /** The relationship ids of the sheets, in the order of the workbook's tabs. */
  sheetIds: string[];
  date1904: boolean;
}

export function readWorkbook(xml: string): WorkbookSheets {
  const result: WorkbookSheets = { sheetIds: [], date1904: false };
  parseXml('Die Arbeitsmappe (workbook.xml)', xml, {
    open: (name, attributes) => {
      if (name === 'workbookPr') result.date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name === 'sheet') {
        const id = Object.entries(attributes).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
        if (id) result.sheetIds.push(id);
      }
    },
  });
  return result;
}

/** The archive paths of the workbook's worksheets by relationship id (charts and dialog sheets left out). */
export function readWorksheetTargets(xml: string, workbookFolder: string): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml('Die Verweise der Arbeitsmappe (workbook.xml.rels)', xml, {
    open: (name, attributes) => {
      if (name !== 'Relationship' || !attributes.Type?.endsWith('/worksheet') || !attributes.Id || !attributes.Target) return;
      const target = attributes.Target;
      targets.set(attributes.Id, target.startsWith('/') ? target.slice(1) : `${workbookFolder}${target}`);
    },
  });
  return targets;
}

/** What each cell style (`s`, an index into `cellXfs`) means for numbers: date, time or plain. */
export function readStyles(xml: string): NumberKind[] {
  const customCodes = new Map<number, string>();
  const kinds: NumberKind[] = [];
  let inCellXfs = false;
  const numFmtIds: number[] = [];
  parseXml('Die Formatvorlagen (styles.xml)', xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') customCodes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) numFmtIds.push(Number(attributes.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of numFmtIds) kinds.push(kindOfNumberFormat(id, customCodes));
  return kinds;
}

/**
 * The shared strings table, read as it streams (it can be large): `<si>` holds plain `<t>` or
 * rich-text runs `<r><t>`; phonetic guides (`<rPh>`, East Asian readings) are not part of the text.
 */
export function sharedStringsCollector(): { handlers: Parameters<typeof parseXml>[2]; strings: string[] } {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  return {
    strings,
    handlers: {
      open: (name) => {
        if (name === 'si') current = '';
        else if (name === 'rPh') phonetic += 1;
        else if (name === 't' && phonetic === 0) inText = true;
      },
      close: (name) => {
        if (name === 'si') {
          strings.push(current ?? '');
          current = null;
        } else if (name === 'rPh') phonetic -= 1;
        else if (name === 't') inText = false;
      },
      text: (text) => {
        if (inText && current !== null) current += text;
      },
    },
  };
}
