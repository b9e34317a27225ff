/**
 * JSON-LD with an inline @context of our prefixes (never a remote context: readers must not fetch
 * anything to understand the document). One node object per subject in `@graph`; values are
 * explicit value or node objects, so the document reads the same expanded or compacted.
 */
import type { Quad } from 'n3';
import { PREFIXES } from '../namespaces';
import type { DocumentWriter } from './document-writer';
import { bySubject } from './group';

const NAMESPACES = Object.entries(PREFIXES).sort(([, a], [, b]) => b.length - a.length);
const XSD_STRING = `${PREFIXES.xsd}string`;
const RDF_TYPE = `${PREFIXES.rdf}type`;

/** A compact IRI (`dct:title`) when one of our prefixes covers it. */
function compact(iri: string): string {
  for (const [prefix, namespace] of NAMESPACES) {
    const local = iri.slice(namespace.length);
    if (iri.startsWith(namespace) && /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return iri;
}

function id(term: Quad['subject'] | Quad['object']): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

function value(object: Quad['object']): Record<string, string> {
  if (object.termType !== 'Literal') return { '@id': id(object) };
  if (object.language) return { '@value': object.value, '@language': object.language };
  if (object.datatype.value === XSD_STRING) return { '@value': object.value };
  return { '@value': object.value, '@type': compact(object.datatype.value) };
}

function nodeObject(subject: Quad['subject'], quads: Quad[]): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': id(subject) };
  const types = quads.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.termType === 'NamedNode');
  if (types.length > 0) node['@type'] = types.map((quad) => compact(quad.object.value));
  for (const quad of quads) {
    if (types.includes(quad)) continue;
    const key = compact(quad.predicate.value);
    ((node[key] ??= []) as unknown[]).push(value(quad.object));
  }
  return node;
}

export function jsonLdWriter(): DocumentWriter {
  let started = false;
  let first = true;
  return {
    add(quads: Quad[]) {
      let text = '';
      if (!started) {
        started = true;
        text += `{"@context":${JSON.stringify(PREFIXES)},"@graph":[\n`;
      }
      for (const group of bySubject(quads)) {
        text += `${first ? '' : ',\n'}${JSON.stringify(nodeObject(group.subject, group.quads))}`;
        first = false;
      }
      return text;
    },
    end() {
      return `${started ? '' : this.add([])}\n]}\n`;
    },
  };
}
