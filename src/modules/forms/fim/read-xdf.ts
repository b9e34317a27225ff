import type { CodeListReference, FimElement, FimField, FimGroup, FimRule, FimSchema, FimStandard, Multiplicity, Precision } from './model';
import { attribute, child, children, code, invalidFile, localName, ownText, parseXml, rootNamespace, text, type XmlNode } from './xml';

export const XDF_NAMESPACES: Record<string, FimStandard> = {
  'urn:xoev-de:fim:standard:xdatenfelder_2': 'xdf2',
  'urn:xoev-de:fim:standard:xdatenfelder_3.0.0': 'xdf3',
};

const SCHEMA_MESSAGE = 'xdatenfelder.stammdatenschema.0102';
const GROUP_MESSAGE = 'xdatenfelder.datenfeldgruppe.0103';
const EXPECTED = 'Erwartet wird ein FIM-Stammdatenschema im Format XDatenfelder 2.0 oder 3.0.0 (Nachricht „xdatenfelder.stammdatenschema.0102“)';

/** What a file is, in words staff recognise, for the error message when it is not a schema. */
function describeRoot(name: string, namespace: string | undefined): string {
  const local = localName(name);
  if (local === 'schema' && namespace === 'http://www.w3.org/2001/XMLSchema') return 'eine XML-Schema-Definition (XSD), kein Stammdatenschema';
  if (local === 'CodeList') return 'eine Codeliste (genericode); laden Sie sie zusammen mit dem Stammdatenschema als Codeliste hoch';
  if (local.toLowerCase() === 'html') return 'eine HTML-Seite';
  if (local.startsWith('xdatenfelder.')) return `die XDatenfelder-Nachricht „${local}“, die kein Stammdatenschema enthält`;
  return `ein XML-Dokument mit dem Wurzelelement „${local}“`;
}

/** Reads an XDatenfelder Stammdatenschema (or a single Datenfeldgruppe message, as a one-group schema). */
export function readXdf(input: string | Buffer): FimSchema {
  // HTML is rarely well-formed XML; say what it is rather than where it breaks.
  if (/^\uFEFF?\s*(<!doctype html|<html[\s>])/i.test(String(input.slice(0, 1024)))) {
    throw invalidFile(`${EXPECTED}. Die Datei ist eine HTML-Seite.`);
  }
  const { rootName, root } = parseXml(input, 'Die Datei');
  const namespace = rootNamespace(rootName, root);
  const standard = namespace ? XDF_NAMESPACES[namespace] : undefined;
  const message = localName(rootName);
  if (!standard || (message !== SCHEMA_MESSAGE && message !== GROUP_MESSAGE)) {
    const found = describeRoot(rootName, namespace);
    const version = namespace?.startsWith('urn:xoev-de:fim:standard:xdatenfelder') && !standard ? ` (Namensraum ${namespace} wird nicht unterstützt)` : '';
    throw invalidFile(`${EXPECTED}. Die Datei ist ${found}${version}.`);
  }
  const reader = new XdfReader(standard);
  if (message === GROUP_MESSAGE) {
    const group = reader.group(child(root, 'datenfeldgruppe'), { min: 1, max: 1 });
    return { standard, id: group.id, version: group.version, name: group.name, label: group.label, rules: [], children: [group] };
  }
  const schema = child(root, 'stammdatenschema');
  if (!schema) throw invalidFile(`${EXPECTED}. In der Nachricht fehlt das Element „stammdatenschema“.`);
  const { id, version } = reader.identification(schema);
  const name = text(schema, 'name');
  return {
    standard,
    id,
    version,
    name,
    label: text(schema, 'bezeichnungEingabe') || text(schema, 'bezeichnung') || name,
    rules: reader.rules(schema),
    children: reader.structure(schema),
  };
}

function parseMultiplicity(value: string): Multiplicity {
  const match = /^(\d+):(\d+|\*)$/.exec(value.trim());
  if (!match) return { min: 1, max: 1 };
  return { min: Number(match[1]), max: match[2] === '*' ? null : Number(match[2]) };
}

function integer(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(number) ? number : undefined;
}

function optionalString(value: unknown): string | undefined {
  return value === undefined || value === null || String(value).trim() === '' ? undefined : String(value);
}

function toPrecision(source: Record<string, unknown>): Precision {
  const precision: Precision = {};
  const minLength = integer(source.minLength);
  const maxLength = integer(source.maxLength);
  if (minLength !== undefined) precision.minLength = minLength;
  if (maxLength !== undefined) precision.maxLength = maxLength;
  const minValue = optionalString(source.minValue);
  const maxValue = optionalString(source.maxValue);
  const pattern = optionalString(source.pattern);
  if (minValue !== undefined) precision.minValue = minValue;
  if (maxValue !== undefined) precision.maxValue = maxValue;
  if (pattern !== undefined) precision.pattern = pattern;
  return precision;
}

class XdfReader {
  constructor(private readonly standard: FimStandard) {}

  identification(node: XmlNode | undefined): { id: string; version?: string } {
    const identification = child(node, 'identifikation');
    const version = text(identification, 'version');
    return { id: text(identification, 'id'), ...(version ? { version } : {}) };
  }

  rules(node: XmlNode | undefined): FimRule[] {
    return children(node, 'regel').map((rule) => {
      const script = text(rule, this.standard === 'xdf2' ? 'script' : 'skript');
      const prose =
        this.standard === 'xdf2' ? text(rule, 'definition') || text(rule, 'beschreibung') : text(rule, 'freitextRegel') || text(rule, 'beschreibung');
      return {
        ...this.identification(rule),
        name: text(rule, 'name'),
        text: prose || script,
        hasScript: script !== '' && !/^function script\(\)\s*\{\s*\}$/.test(script),
      };
    });
  }

  /** The `struktur` entries of a schema or group: each one element with its Anzahl. */
  structure(node: XmlNode | undefined): FimElement[] {
    const elements: FimElement[] = [];
    for (const entry of children(node, 'struktur')) {
      const multiplicity = parseMultiplicity(text(entry, 'anzahl'));
      const contains = child(entry, 'enthaelt');
      const field = child(contains, 'datenfeld');
      const group = child(contains, 'datenfeldgruppe');
      if (field) elements.push(this.field(field, multiplicity));
      else if (group) elements.push(this.group(group, multiplicity));
    }
    return elements;
  }

  private base(node: XmlNode | undefined, multiplicity: Multiplicity) {
    const name = text(node, 'name');
    const hint = text(node, 'hilfetextEingabe');
    return {
      ...this.identification(node),
      name,
      label: text(node, 'bezeichnungEingabe') || name,
      ...(hint ? { hint } : {}),
      multiplicity,
      rules: this.rules(node),
    };
  }

  group(node: XmlNode | undefined, multiplicity: Multiplicity): FimGroup {
    if (!node) throw invalidFile('In der Nachricht fehlt das Element „datenfeldgruppe“.');
    return { kind: 'group', ...this.base(node, multiplicity), children: this.structure(node) };
  }

  private field(node: XmlNode, multiplicity: Multiplicity): FimField {
    const values = children(child(node, 'werte'), 'wert').map((value) => ({ code: text(value, 'code'), name: text(value, 'name') }));
    const codeList = this.codeListReference(child(node, 'codelisteReferenz'));
    const maxSize = integer(text(node, 'maxSize'));
    return {
      kind: 'field',
      ...this.base(node, multiplicity),
      feldart: code(node, 'feldart'),
      datentyp: code(node, 'datentyp'),
      ...this.precision(child(node, 'praezisierung')),
      content: text(node, 'inhalt'),
      ...(values.length > 0 ? { values } : {}),
      ...(codeList ? { codeList } : {}),
      ...(maxSize !== undefined ? { maxSize } : {}),
      mediaTypes: children(node, 'mediaType').map(ownText).filter(Boolean),
    };
  }

  /** 2.0 writes Präzisierung as JSON text (`{"minLength":"1"}`), 3.0.0 as attributes. */
  private precision(node: XmlNode | undefined): { precision: Precision; unreadablePrecision?: string } {
    if (!node) return { precision: {} };
    if (this.standard === 'xdf3') {
      return {
        precision: toPrecision(Object.fromEntries(['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'].map((name) => [name, attribute(node, name)]))),
      };
    }
    const json = ownText(node);
    if (json === '') return { precision: {} };
    // Some older schemas write a value range as `1..31` instead of JSON.
    const range = /^(-?\d+(?:[.,]\d+)?)\.\.(-?\d+(?:[.,]\d+)?)$/.exec(json);
    if (range) return { precision: { minValue: range[1]!, maxValue: range[2]! } };
    try {
      return { precision: toPrecision(JSON.parse(json) as Record<string, unknown>) };
    } catch {
      return { precision: {}, unreadablePrecision: json };
    }
  }

  private codeListReference(node: XmlNode | undefined): CodeListReference | undefined {
    if (!node) return undefined;
    const identification = this.standard === 'xdf2' ? child(node, 'genericodeIdentification') : node;
    const reference: CodeListReference = {};
    const id = text(child(node, 'identifikation'), 'id');
    const canonicalIdentification = text(identification, 'canonicalIdentification');
    const version = text(identification, 'version');
    const canonicalVersionUri = text(identification, 'canonicalVersionUri');
    if (id) reference.id = id;
    if (canonicalIdentification) reference.canonicalIdentification = canonicalIdentification;
    if (version) reference.version = version;
    if (canonicalVersionUri) reference.canonicalVersionUri = canonicalVersionUri;
    return Object.keys(reference).length > 0 ? reference : undefined;
  }
}
