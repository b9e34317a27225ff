import type { CodeListReference, CodeValue } from './model';
import { attribute, child, children, localName, parseXml, text, type XmlNode } from './xml';

export interface CodeList {
  canonicalUri: string;
  canonicalVersionUri: string;
  values: CodeValue[];
}

/** True when the XML is an OASIS genericode code list (checked cheaply, for picking files out of a folder). */
export function isGenericode(xml: string | Buffer): boolean {
  try {
    return localName(parseXml(xml, 'Die Codeliste').rootName) === 'CodeList';
  } catch {
    return false;
  }
}

/**
 * Reads a genericode 1.0 code list. The code column is the one the key `codeKey` names (FIM
 * convention), else the first key's or the first column; the label column is the one `codenameKey`
 * names, else the next column. Rows may give values by column reference or by position.
 */
export function readGenericode(xml: string | Buffer, what: string): CodeList {
  const { rootName, root } = parseXml(xml, what);
  if (localName(rootName) !== 'CodeList') throw new Error(`${what} ist keine genericode-Codeliste.`);
  const identification = child(root, 'Identification');
  const columnSet = child(root, 'ColumnSet');
  const columns = children(columnSet, 'Column').map((column) => attribute(column, 'Id') ?? '');
  const keys = children(columnSet, 'Key');
  const keyColumn = (id: string) =>
    attribute(
      child(
        keys.find((key) => attribute(key, 'Id') === id),
        'ColumnRef',
      ),
      'Ref',
    );
  const codeColumn = keyColumn('codeKey') ?? attribute(child(keys[0], 'ColumnRef'), 'Ref') ?? columns[0];
  const nameColumn = keyColumn('codenameKey') ?? columns[columns.indexOf(codeColumn ?? '') + 1] ?? codeColumn;
  const valueOf = (row: XmlNode[], column: string | undefined): string => {
    const byRef = row.find((value) => attribute(value, 'ColumnRef') === column);
    return text(byRef ?? row[columns.indexOf(column ?? '')], 'SimpleValue');
  };
  const values = children(child(root, 'SimpleCodeList'), 'Row')
    .map((row) => children(row, 'Value'))
    .map((row) => ({ code: valueOf(row, codeColumn), name: valueOf(row, nameColumn) }))
    .filter((value) => value.code !== '');
  return { canonicalUri: text(identification, 'CanonicalUri'), canonicalVersionUri: text(identification, 'CanonicalVersionUri'), values };
}

/** Code lists found by any of the names a FIM reference may use for them. */
export class CodeListIndex {
  private readonly byName = new Map<string, CodeList>();
  readonly problems: string[] = [];

  /** `files`: file name or urn → genericode XML; files that are not code lists are reported in `problems`. */
  constructor(files: Record<string, string | Buffer> = {}) {
    for (const [name, xml] of Object.entries(files)) {
      try {
        const list = readGenericode(xml, `Die Codeliste „${name}“`);
        for (const key of [name, list.canonicalUri, list.canonicalVersionUri, fimCodeListId(name)]) {
          if (key) this.byName.set(key, list);
        }
      } catch (error) {
        this.problems.push(
          `Codeliste „${name}“: ${error instanceof Error && 'userMessage' in error ? String(error.userMessage) : (error as Error).message} Sie wurde nicht verwendet.`,
        );
      }
    }
  }

  find(reference: CodeListReference): CodeList | undefined {
    const { id, canonicalIdentification, version, canonicalVersionUri } = reference;
    const candidates = [
      canonicalVersionUri,
      canonicalIdentification && version ? `${canonicalIdentification}_${version}` : undefined,
      canonicalIdentification,
      id,
    ];
    for (const candidate of candidates) {
      const list = candidate ? this.byName.get(candidate) : undefined;
      if (list) return list;
    }
    return undefined;
  }
}

/** FIM names code list files after their id: `C05000073_genericode.xml` → `C05000073`. */
function fimCodeListId(fileName: string): string | undefined {
  return /^(C\d{8,11})(?:[_.-]|$)/.exec(fileName.replace(/^.*[\\/]/, ''))?.[1];
}
