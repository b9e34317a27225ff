/**
 * Each writer against a reader it does not share code with: Turtle through n3's parser, RDF/XML through
 * rdfxml-streaming-parser, JSON-LD through the test reader. The statements are chosen to be awkward:
 * markup characters, quotes, line breaks and tabs, characters beyond the Basic Multilingual Plane,
 * blank nodes, datatypes and languages, a predicate outside our prefixes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataFactory, Parser, type Quad } from 'n3';
import { parseRdfXml } from '../../../../../tests/support/shacl';
import { term } from '../namespaces';
import { readJsonLd } from '../test-support';
import type { DocumentWriter } from './document-writer';
import { jsonLdWriter } from './json-ld';
import { escapeXml, rdfXmlWriter } from './rdf-xml';
import { turtleWriter } from './turtle';

const { namedNode, blankNode, literal, quad } = DataFactory;
const subject = namedNode(`https://www.iserlohn.de/daten/datensatz/a&b?x=1&y='2'`);
const period = blankNode('period1');

const AWKWARD: Quad[] = [
  quad(subject, term('rdf', 'type'), term('dcat', 'Dataset')),
  quad(subject, term('dct', 'title'), literal('Bäume & Sträucher <Stand "2026">', 'de')),
  quad(subject, term('dct', 'description'), literal("Zeile 1\nZeile 2\r\n\tEingerückt: ' ]]> 🌳", 'de')),
  quad(subject, term('dct', 'identifier'), literal('baeume')),
  quad(subject, term('dcat', 'byteSize'), literal('1024', term('xsd', 'nonNegativeInteger'))),
  quad(subject, term('dct', 'temporal'), period),
  quad(period, term('rdf', 'type'), term('dct', 'PeriodOfTime')),
  quad(period, term('dcat', 'startDate'), literal('2026-01-01', term('xsd', 'date'))),
  quad(subject, namedNode('http://example.org/vocabulary/sonder-eigenschaft'), literal('x', 'en-GB')),
  quad(subject, namedNode('http://example.org/terms#other'), namedNode('urn:isbn:978-3-16-148410-0')),
];

function written(writer: DocumentWriter, groups: Quad[][]): string {
  return groups.map((group) => writer.add(group)).join('') + writer.end();
}

/** One line per statement, blank nodes by label: equal sets mean the same graph here (labels are kept). */
function canonical(quads: Quad[]): string[] {
  const show = (t: Quad['subject'] | Quad['object']) =>
    t.termType === 'Literal' ? JSON.stringify([t.value, t.language, t.datatype.value]) : `${t.termType}:${t.value}`;
  return quads.map((q) => `${show(q.subject)} ${q.predicate.value} ${show(q.object)}`).sort();
}

// Split in two groups, so the continuation between pieces is part of what is tested.
const GROUPS = [AWKWARD.slice(0, 4), AWKWARD.slice(4)];

describe('RDF writers', () => {
  it('writes Turtle that n3 reads back to the same statements', () => {
    const text = written(turtleWriter(), GROUPS);
    assert.deepEqual(canonical(new Parser({ blankNodePrefix: '' }).parse(text)), canonical(AWKWARD));
  });

  it('writes RDF/XML that rdfxml-streaming-parser reads back to the same statements', async () => {
    const text = written(rdfXmlWriter(), GROUPS);
    assert.match(text, /rdf:nodeID="period1"/);
    assert.deepEqual(canonical(await parseRdfXml(text)), canonical(AWKWARD));
  });

  it('writes JSON-LD that reads back to the same statements, with nothing but an inline @context', () => {
    const text = written(jsonLdWriter(), GROUPS);
    const document = JSON.parse(text) as { '@context': unknown };
    assert.equal(typeof document['@context'], 'object');
    assert.deepEqual(canonical(readJsonLd(text)), canonical(AWKWARD));
  });

  it('writes a well-formed empty document in every format', async () => {
    assert.deepEqual(new Parser().parse(turtleWriter().end()), []);
    assert.deepEqual(await parseRdfXml(rdfXmlWriter().end()), []);
    assert.deepEqual(readJsonLd(jsonLdWriter().end()), []);
  });

  it('drops the characters XML 1.0 cannot carry and escapes the rest', async () => {
    assert.equal(escapeXml('a\u0001b\u000Bc & <d>'), 'abc &amp; &lt;d&gt;');
    assert.equal(escapeXml('"x"\n', true), '&quot;x&quot;&#10;');
    const text = written(rdfXmlWriter(), [[quad(subject, term('dct', 'title'), literal('Steuer\u0007zeichen'))]]);
    const [back] = await parseRdfXml(text);
    assert.equal(back?.object.value, 'Steuerzeichen');
  });
});
