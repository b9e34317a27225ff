import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DatastoreLoadError } from '../load-error';

/** An element's name without its namespace prefix: some writers use `<x:row>` where Excel writes `<row>`. */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export interface XmlHandlers {
  open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * A streaming XML parser with local names and plain attributes; broken XML becomes a message naming
 * the part of the workbook (`what`), since a publisher can only save the file again, not repair its XML.
 */
export function xmlParser(what: string, handlers: XmlHandlers): { write: (text: string) => void; close: () => void } {
  const parser = new SaxesParser();
  let failure: DatastoreLoadError | null = null;
  parser.on('error', () => {
    failure ??= new DatastoreLoadError(
      `Die XLSX-Datei ist beschädigt: ${what} ist kein gültiges XML. Öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie erneut.`,
    );
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes as Record<string, string>));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write: (text) => {
      if (!failure) parser.write(text);
      check();
    },
    close: () => {
      if (!failure) parser.close();
      check();
    },
  };
}

export function parseXml(what: string, text: string, handlers: XmlHandlers): void {
  const parser = xmlParser(what, handlers);
  parser.write(text);
  parser.close();
}
