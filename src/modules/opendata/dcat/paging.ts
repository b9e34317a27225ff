/**
 * The paging block of a catalogue page, as ckanext-dcatde writes it (the legacy Hydra terms
 * `hydra:PagedCollection` with totalItems, itemsPerPage, firstPage, lastPage, nextPage, previousPage
 * as text, which harvesters such as GovData's still read) together with the current Hydra terms
 * (`hydra:PartialCollectionView` with first, last, next, previous as links). Page links keep
 * `modified_since`, so a harvester walks the same selection to its end.
 */
import { DataFactory, type Quad } from 'n3';
import { RDF_TYPE, term } from './namespaces';

const { namedNode, literal, quad } = DataFactory;

export interface PageInfo {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** How many datasets the whole selection has. */
  total: number;
  /** The `modified_since` of the request, exactly as it came (it is repeated in every page link). */
  modifiedSince?: string;
  /** The page's own address without query, e.g. `https://www.iserlohn.de/catalog.ttl`. */
  baseUrlOfThePage: string;
}

export function lastPage({ total, pageSize }: Pick<PageInfo, 'total' | 'pageSize'>): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function pageUrl(info: Pick<PageInfo, 'baseUrlOfThePage' | 'modifiedSince'>, page: number): string {
  const query = new URLSearchParams();
  if (info.modifiedSince !== undefined) query.set('modified_since', info.modifiedSince);
  query.set('page', String(page));
  return `${info.baseUrlOfThePage}?${query.toString()}`;
}

export function hydraQuads(catalogUri: string, info: PageInfo): Quad[] {
  const view = namedNode(pageUrl(info, info.page));
  const last = lastPage(info);
  const integer = (value: number) => literal(String(value), term('xsd', 'integer'));
  const links: Array<[legacy: string, current: string, page: number | undefined]> = [
    ['firstPage', 'first', 1],
    ['lastPage', 'last', last],
    ['nextPage', 'next', info.page < last ? info.page + 1 : undefined],
    ['previousPage', 'previous', info.page > 1 ? Math.min(info.page - 1, last) : undefined],
  ];
  const quads = [
    quad(namedNode(catalogUri), term('hydra', 'view'), view),
    quad(view, RDF_TYPE, term('hydra', 'PagedCollection')),
    quad(view, RDF_TYPE, term('hydra', 'PartialCollectionView')),
    quad(view, term('hydra', 'totalItems'), integer(info.total)),
    quad(view, term('hydra', 'itemsPerPage'), integer(info.pageSize)),
  ];
  for (const [legacy, current, page] of links) {
    if (page === undefined) continue;
    quads.push(quad(view, term('hydra', legacy), literal(pageUrl(info, page))), quad(view, term('hydra', current), namedNode(pageUrl(info, page))));
  }
  return quads;
}
