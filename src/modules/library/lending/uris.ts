import { LIBRARY_PATHS } from '../paths';

/*
 * PAIA and DAIA name documents by URI. A record (edition) is its page's URL; a copy is that URL with
 * the barcode as fragment, so both resolve to a page a person can open.
 */

export function editionUri(baseUrl: string, recordId: string): string {
  return `${baseUrl}${LIBRARY_PATHS.record(recordId)}`;
}

export function itemUri(baseUrl: string, recordId: string, barcode: string): string {
  return `${editionUri(baseUrl, recordId)}#exemplar-${encodeURIComponent(barcode)}`;
}

/** The barcode in a copy URI of this portal; undefined for anything else. */
export function barcodeOf(baseUrl: string, uri: string): string | undefined {
  const match = /^\/bildung\/buecherei\/titel\/[0-9a-f-]{36}#exemplar-(.+)$/.exec(uri.startsWith(baseUrl) ? uri.slice(baseUrl.length) : '');
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** The record id in an edition URI of this portal; undefined for anything else. */
export function recordIdOf(baseUrl: string, uri: string): string | undefined {
  const match = /^\/bildung\/buecherei\/titel\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(
    uri.startsWith(baseUrl) ? uri.slice(baseUrl.length) : '',
  );
  return match?.[1];
}
