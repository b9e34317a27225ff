/**
 * What a page adds to its document head: other representations of the same content (`<link
 * rel="alternate">`: an RDF document of a dataset, an Atom feed) and schema.org structured data
 * for search engines (JSON-LD, a data block the browser never executes, so the CSP allows it).
 */
export interface HeadExtras {
  alternates?: ReadonlyArray<{ href: string; type: string; title: string }>;
  structuredData?: object;
  /** An OpenSearch description of the page's search, so browsers and library tools can add it. */
  openSearch?: { href: string; title: string };
  /** A page that reloads itself every so many seconds when JavaScript is off (with it, its script updates it instead). */
  refreshWithoutScriptSeconds?: number;
}

/**
 * JSON that cannot end its `<script>` element or open a comment there: `<`, `>` and `&` are written as
 * Unicode escapes, as are the line separators JavaScript parsers once rejected.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function HeadExtrasElements({ extras }: { extras?: HeadExtras }) {
  if (!extras) return null;
  return (
    <>
      {extras.alternates?.map((alternate) => (
        <link key={alternate.href} rel="alternate" type={alternate.type} href={alternate.href} title={alternate.title} />
      ))}
      {extras.openSearch && <link rel="search" type="application/opensearchdescription+xml" href={extras.openSearch.href} title={extras.openSearch.title} />}
      {extras.refreshWithoutScriptSeconds !== undefined && (
        <noscript>
          <meta http-equiv="refresh" content={String(extras.refreshWithoutScriptSeconds)} />
        </noscript>
      )}
      {extras.structuredData && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(extras.structuredData) }} />}
    </>
  );
}
