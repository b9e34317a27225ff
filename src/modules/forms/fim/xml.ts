import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';
import { AppError } from '../../../kernel/http/errors';

/**
 * A parsed XML element as fast-xml-parser returns it with prefixes kept: child elements under their
 * qualified names (`xdf:name`), attributes as `@_name`, text as `#text` when attributes are present.
 * The FIM files use different prefixes (`xdf`, `xdf3`, none), so every lookup goes by local name.
 */
export type XmlNode = Record<string, unknown>;

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Numeric character references (&#xD; in FIM texts) are decoded too.
  htmlEntities: true,
  // Every element is a list, so "one or many" never changes the shape of the result.
  isArray: (_name: string, _path: unknown, _isLeafNode: boolean, isAttribute: boolean) => !isAttribute,
};

let xml: { parser: FastXmlParser.XMLParser; validator: typeof FastXmlParser.XMLValidator } | undefined;

/**
 * fast-xml-parser is required on the first import of a schema, synchronously like the importer:
 * its ~10 MB stay out of every process that never imports one (the idle-RSS goal of the portal).
 */
function xmlTools(): NonNullable<typeof xml> {
  if (!xml) {
    const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;
    xml = { parser: new XMLParser(PARSER_OPTIONS), validator: XMLValidator };
  }
  return xml;
}

export function invalidFile(message: string): AppError {
  return new AppError('fim_import_invalid', { status: 400, userMessage: message });
}

/** Parses the text of an uploaded file; broken XML and entity declarations are refused with a German message. */
export function parseXml(input: string | Buffer, what: string): { rootName: string; root: XmlNode } {
  const text = (typeof input === 'string' ? input : input.toString('utf8')).replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) {
    throw invalidFile(`${what} ist keine XML-Datei. Erwartet wird eine XDatenfelder-Nachricht (XML), die Datei beginnt aber nicht mit einem XML-Element.`);
  }
  // Entity declarations are never needed by FIM files and are the way to "billion laughs" attacks.
  if (/<!ENTITY/i.test(text)) {
    throw invalidFile(`${what} enthält Entity-Deklarationen (<!ENTITY …>). Solche Dateien werden aus Sicherheitsgründen nicht verarbeitet.`);
  }
  const { parser, validator } = xmlTools();
  const valid = validator.validate(text);
  if (valid !== true) {
    throw invalidFile(`${what} ist kein gültiges XML (Fehler in Zeile ${valid.err.line}, Spalte ${valid.err.col}). Prüfen Sie, ob die Datei vollständig ist.`);
  }
  const document = parser.parse(text) as XmlNode;
  const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#') && !key.startsWith('!'));
  const root = rootName ? first(document[rootName]) : undefined;
  if (!rootName || !root) throw invalidFile(`${what} enthält kein XML-Element.`);
  return { rootName, root };
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

function first(value: unknown): XmlNode | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  if (item === undefined || item === null) return undefined;
  return typeof item === 'object' ? (item as XmlNode) : { '#text': String(item) };
}

/** All child elements with this local name, in document order. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node) return [];
  const result: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text' || localName(key) !== name) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const element = first(item);
      if (element) result.push(element);
    }
  }
  return result;
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The element's own text with whitespace collapsed (FIM texts carry line breaks and `&#xD;` from their editors). */
export function ownText(node: XmlNode | undefined): string {
  const raw = node?.['#text'];
  return raw === undefined ? '' : String(raw).replace(/\s+/g, ' ').trim();
}

/** Text of a child element, '' when it is missing or empty. */
export function text(node: XmlNode | undefined, name: string): string {
  return ownText(child(node, name));
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

/** The `<code>` inside a XÖV code element such as `<xdf:feldart><code>input</code></xdf:feldart>`. */
export function code(node: XmlNode | undefined, name: string): string {
  return text(child(node, name), 'code');
}

/** The namespace URI the root element's prefix is bound to. */
export function rootNamespace(rootName: string, root: XmlNode): string | undefined {
  const colon = rootName.indexOf(':');
  return attribute(root, colon === -1 ? 'xmlns' : `xmlns:${rootName.slice(0, colon)}`);
}
