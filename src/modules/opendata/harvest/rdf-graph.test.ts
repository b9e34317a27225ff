import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptFor, parseRdf, syntaxOf } from './rdf-graph';

describe('opendata harvest: content negotiation for catalogues', () => {
  it('asks for the format an address names, else Turtle before RDF/XML', () => {
    assert.equal(acceptFor('https://daten.example/catalog.ttl'), 'text/turtle');
    assert.equal(acceptFor('https://daten.example/catalog.rdf?page=2'), 'application/rdf+xml');
    assert.equal(acceptFor('https://daten.example/catalog.jsonld'), 'application/ld+json');
    assert.match(acceptFor('https://daten.example/katalog'), /^text\/turtle, application\/rdf\+xml;q=0\.9, application\/ld\+json;q=0\.8/);
  });

  it('reads the answer by its content type, else by the extension, else by its first character', () => {
    const cases: Array<[string, string, string, 'turtle' | 'rdfxml' | 'jsonld']> = [
      ['application/ld+json; charset=utf-8', 'https://d.example/x.ttl', '{', 'jsonld'],
      ['application/json', 'https://d.example/x', '{', 'jsonld'],
      ['application/octet-stream', 'https://d.example/catalog.jsonld', '{', 'jsonld'],
      ['', 'https://d.example/x', '  [{"@id": "https://d.example/ds"}]', 'jsonld'],
      ['text/turtle; charset=utf-8', 'https://d.example/x.rdf', '@prefix', 'turtle'],
      ['application/rdf+xml', 'https://d.example/x', '<?xml', 'rdfxml'],
      ['application/octet-stream', 'https://d.example/x.ttl', '@prefix', 'turtle'],
      ['application/octet-stream', 'https://d.example/x.xml', '<rdf:RDF', 'rdfxml'],
      ['', 'https://d.example/x', '  <?xml version="1.0"?>', 'rdfxml'],
      ['', 'https://d.example/x', '<https://d.example/ds> a <http://www.w3.org/ns/dcat#Dataset> .', 'turtle'],
    ];
    for (const [type, url, body, syntax] of cases) assert.equal(syntaxOf(type, url, body), syntax, `${type} ${url}`);
  });

  it('names the address when a document is not RDF', async () => {
    await assert.rejects(
      parseRdf('<html><body>Wartung</body>', 'rdfxml', 'https://d.example/catalog.rdf'),
      /https:\/\/d\.example\/catalog\.rdf ist kein gültiges RDF/,
    );
    await assert.rejects(parseRdf('{"@graph": [', 'jsonld', 'https://d.example/c.jsonld'), /c\.jsonld ist kein gültiges RDF/);
    await assert.rejects(parseRdf('@prefix dcat: <http://www.w3.org/ns/dcat#> . <a> dcat:x', 'turtle', 'https://d.example/c.ttl'), /kein gültiges RDF/);
  });
});
