/**
 * RDF/XML, written by hand (no library in the stack writes it): one `rdf:Description` per subject with
 * `rdf:about` or `rdf:nodeID`, objects as `rdf:resource`/`rdf:nodeID` or as text with `xml:lang` or
 * `rdf:datatype`. Predicates outside our prefixes get their namespace declared on the element.
 */
import type { Quad } from 'n3';
import { PREFIXES } from '../namespaces';
import type { DocumentWriter } from './document-writer';
import { bySubject } from './group';

const RDF_NS = PREFIXES.rdf;
const XSD_STRING = `${PREFIXES.xsd}string`;
const LANG_STRING = `${RDF_NS}langString`;
const NAMESPACES = Object.entries(PREFIXES).sort(([, a], [, b]) => b.length - a.length);
// XML 1.0 cannot carry these characters at all, not even as character references.
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NC_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

// Most values need no escaping at all; one test spares them five replacements.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"\r\n\t\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string, attribute = false): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  const escaped = text.replace(NOT_IN_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
  return attribute ? escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') : escaped;
}

const elementNames = new Map<string, { name: string; declaration: string }>();

/** The element name of a predicate (remembered: a document has few predicates and many statements). */
function elementName(iri: string): { name: string; declaration: string } {
  let known = elementNames.get(iri);
  if (!known) elementNames.set(iri, (known = newElementName(iri)));
  return known;
}

/** With an xmlns attribute when no prefix of ours covers the predicate. */
function newElementName(iri: string): { name: string; declaration: string } {
  for (const [prefix, namespace] of NAMESPACES) {
    if (iri.startsWith(namespace) && NC_NAME.test(iri.slice(namespace.length))) return { name: `${prefix}:${iri.slice(namespace.length)}`, declaration: '' };
  }
  const split = iri.match(/^(.*[^A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]*)$/);
  if (!split) throw new Error(`The predicate ${iri} cannot be written as an XML element name`);
  return { name: `ns:${split[2]}`, declaration: ` xmlns:ns="${escapeXml(split[1]!, true)}"` };
}

function node(term: Quad['subject'] | Quad['object'], attribute: 'about' | 'resource'): string {
  return term.termType === 'BlankNode' ? `rdf:nodeID="${escapeXml(term.value, true)}"` : `rdf:${attribute}="${escapeXml(term.value, true)}"`;
}

function property(quad: Quad): string {
  const { name, declaration } = elementName(quad.predicate.value);
  const object = quad.object;
  if (object.termType !== 'Literal') return `    <${name}${declaration} ${node(object, 'resource')}/>\n`;
  const datatype = object.datatype.value;
  const attribute = object.language
    ? ` xml:lang="${escapeXml(object.language, true)}"`
    : datatype !== XSD_STRING && datatype !== LANG_STRING
      ? ` rdf:datatype="${escapeXml(datatype, true)}"`
      : '';
  return `    <${name}${declaration}${attribute}>${escapeXml(object.value)}</${name}>\n`;
}

export function rdfXmlWriter(): DocumentWriter {
  let started = false;
  return {
    add(quads: Quad[]) {
      let text = '';
      if (!started) {
        started = true;
        const declarations = Object.entries(PREFIXES).map(([prefix, namespace]) => `\n    xmlns:${prefix}="${namespace}"`);
        text += `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${declarations.join('')}>\n`;
      }
      for (const group of bySubject(quads)) {
        text += `  <rdf:Description ${node(group.subject, 'about')}>\n${group.quads.map(property).join('')}  </rdf:Description>\n`;
      }
      return text;
    },
    end() {
      return `${started ? '' : this.add([])}</rdf:RDF>\n`;
    },
  };
}
