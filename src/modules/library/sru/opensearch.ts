import { xmlText } from '../../../kernel/feeds/atom';
import { LIBRARY_PATHS } from '../paths';

export const OPENSEARCH_CONTENT_TYPE = 'application/opensearchdescription+xml; charset=utf-8';

/**
 * The OpenSearch 1.1 description of the catalogue: the HTML search for browsers, SRU with Dublin Core
 * for tools that read search results. ShortName may have 16 characters at most.
 */
export function openSearchDescription(baseUrl: string, libraryName: string): string {
  const html = `${baseUrl}${LIBRARY_PATHS.catalogue}?q={searchTerms}&seite={startPage?}`;
  const sru = `${baseUrl}${LIBRARY_PATHS.sru}?version=1.2&operation=searchRetrieve&query={searchTerms}&startRecord={startIndex?}&maximumRecords={count?}&recordSchema=dc`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Bücherei-Katalog</ShortName>
  <Description>${xmlText(`${libraryName}: im Katalog nach Büchern, E-Books, Hörbüchern, Filmen und Spielen suchen`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>de-de</Language>
  <Url type="text/html" template="${xmlText(html)}" indexOffset="1" pageOffset="1"/>
  <Url type="application/sru+xml" template="${xmlText(sru)}" indexOffset="1"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${xmlText(`${baseUrl}${LIBRARY_PATHS.openSearch}`)}"/>
</OpenSearchDescription>
`;
}
