import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quad } from 'n3';
import { parseRdfXml, parseTurtle } from '../../../../tests/support/shacl';
import { PREFIXES } from './namespaces';
import { catalogPage, CONTENT_TYPES, datasetDocument, isRdfFormat, type CatalogPageInput } from './serialize';
import { iserlohnCatalog, iserlohnDataset, readJsonLd } from './test-support';

const BASE = 'https://www.iserlohn.de/catalog.ttl';

function pageQuads(input: Partial<CatalogPageInput>): Quad[] {
  const full: CatalogPageInput = {
    catalog: iserlohnCatalog(),
    datasets: [iserlohnDataset()],
    page: 1,
    pageSize: 10,
    total: 1,
    baseUrlOfThePage: BASE,
    ...input,
  };
  return parseTurtle([...catalogPage(full, 'ttl')].join(''));
}

/** The paging block's hydra properties as { name: value }. */
function hydra(quads: Quad[]): Record<string, string> {
  const entries = quads.filter((quad) => quad.predicate.value.startsWith(PREFIXES.hydra) && quad.predicate.value !== `${PREFIXES.hydra}view`);
  return Object.fromEntries(entries.map((quad) => [quad.predicate.value.slice(PREFIXES.hydra.length), quad.object.value]));
}

describe('catalogue pages', () => {
  it('links the first, last and next page in the legacy and the current Hydra terms, keeping modified_since', () => {
    const quads = pageQuads({ page: 1, pageSize: 100, total: 250, modifiedSince: '2026-01-01T00:00:00+01:00' });
    const url = (page: number) => `${BASE}?modified_since=2026-01-01T00%3A00%3A00%2B01%3A00&page=${page}`;
    assert.deepEqual(hydra(quads), {
      totalItems: '250',
      itemsPerPage: '100',
      firstPage: url(1),
      first: url(1),
      lastPage: url(3),
      last: url(3),
      nextPage: url(2),
      next: url(2),
    });
    const view = quads.find((quad) => quad.predicate.value === `${PREFIXES.hydra}view`);
    assert.equal(view?.object.value, url(1));
    const types = quads.filter((quad) => quad.subject.value === url(1) && quad.predicate.value === `${PREFIXES.rdf}type`).map((quad) => quad.object.value);
    assert.deepEqual(types.sort(), [`${PREFIXES.hydra}PagedCollection`, `${PREFIXES.hydra}PartialCollectionView`]);
  });

  it('links the previous page from the last page and names no next one', () => {
    const paging = hydra(pageQuads({ page: 3, pageSize: 100, total: 250 }));
    assert.equal(paging.previous, `${BASE}?page=2`);
    assert.equal(paging.previousPage, `${BASE}?page=2`);
    assert.equal(paging.next, undefined);
    assert.equal(paging.nextPage, undefined);
  });

  it('has one page, first and last, when the selection is empty', () => {
    const paging = hydra(pageQuads({ datasets: [], total: 0 }));
    assert.equal(paging.totalItems, '0');
    assert.equal(paging.first, `${BASE}?page=1`);
    assert.equal(paging.last, `${BASE}?page=1`);
    assert.equal(paging.next ?? paging.previous, undefined);
  });

  it('lists the page’s datasets in the catalogue and describes a shared publisher and place once', () => {
    const datasets = [iserlohnDataset('a'), iserlohnDataset('b'), iserlohnDataset('c')];
    const quads = pageQuads({ datasets, total: 3 });
    const listed = quads.filter((quad) => quad.predicate.value === `${PREFIXES.dcat}dataset`).map((quad) => quad.object.value);
    assert.deepEqual(
      listed,
      datasets.map((dataset) => dataset.uri),
    );
    const typed = (type: string) => quads.filter((quad) => quad.predicate.value === `${PREFIXES.rdf}type` && quad.object.value === type).length;
    assert.equal(typed(`${PREFIXES.dcat}Dataset`), 3);
    assert.equal(typed(`${PREFIXES.foaf}Organization`), 1);
    assert.equal(typed(`${PREFIXES.dct}Location`), 1);
  });

  it('says the same in Turtle, RDF/XML and JSON-LD', async () => {
    const input: CatalogPageInput = {
      catalog: iserlohnCatalog(),
      datasets: [iserlohnDataset('a'), iserlohnDataset('b')],
      page: 2,
      pageSize: 2,
      total: 5,
      baseUrlOfThePage: BASE,
    };
    const statements = (quads: Quad[]) =>
      [...new Set(quads.map((quad) => `${quad.subject.value} ${quad.predicate.value} ${JSON.stringify(quad.object)}`))].sort();
    const turtle = statements(parseTurtle([...catalogPage(input, 'ttl')].join('')));
    assert.ok(turtle.length > 100);
    assert.deepEqual(statements(await parseRdfXml([...catalogPage(input, 'rdf')].join(''))), turtle);
    assert.deepEqual(statements(readJsonLd([...catalogPage(input, 'jsonld')].join(''))), turtle);
  });

  it('comes in one piece per dataset, so a route can stream it', () => {
    const datasets = [iserlohnDataset('a'), iserlohnDataset('b')];
    for (const format of ['ttl', 'rdf', 'jsonld'] as const) {
      const pieces = [...catalogPage({ catalog: iserlohnCatalog(), datasets, page: 1, pageSize: 2, total: 2, baseUrlOfThePage: BASE }, format)];
      assert.equal(pieces.length, datasets.length + 2, format);
      assert.ok(pieces[1]!.includes(`${datasets[0]!.uri}#contact`), format);
      assert.ok(pieces[2]!.includes(`${datasets[1]!.uri}#contact`), format);
    }
  });
});

describe('dataset documents', () => {
  it('describe one dataset and the catalogue that lists it', () => {
    const dataset = iserlohnDataset();
    const quads = parseTurtle(datasetDocument(dataset, iserlohnCatalog(), 'ttl'));
    const datasets = quads.filter((quad) => quad.predicate.value === `${PREFIXES.rdf}type` && quad.object.value === `${PREFIXES.dcat}Dataset`);
    assert.deepEqual(
      datasets.map((quad) => quad.subject.value),
      [dataset.uri],
    );
    const listed = quads.filter((quad) => quad.subject.value === iserlohnCatalog().uri && quad.predicate.value === `${PREFIXES.dcat}dataset`);
    assert.deepEqual(
      listed.map((quad) => quad.object.value),
      [dataset.uri],
    );
  });

  it('know their content types by extension', () => {
    assert.equal(CONTENT_TYPES.ttl, 'text/turtle; charset=utf-8');
    assert.equal(CONTENT_TYPES.rdf, 'application/rdf+xml; charset=utf-8');
    assert.equal(CONTENT_TYPES.jsonld, 'application/ld+json; charset=utf-8');
    assert.equal(isRdfFormat('jsonld'), true);
    assert.equal(isRdfFormat('xml'), false);
    assert.equal(isRdfFormat('constructor'), false);
  });
});
