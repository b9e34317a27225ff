/**
 * Atom 1.0 (RFC 4287) feeds: the datasets, papers or meetings a module publishes, for feed readers.
 * Written as a string rather than through an XML library: the format is small, and every text and
 * attribute passes through `xmlText`, which escapes markup and drops what XML 1.0 forbids.
 */

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

export interface AtomCategory {
  /** Machine-readable, e.g. a theme's key. */
  term: string;
  /** Human-readable name shown by feed readers. */
  label?: string;
}

export interface AtomEntry {
  /** Permanent and unique: a `tag:` URI (`tagUri`) or the object's permanent URL; never changes when the object does. */
  id: string;
  title: string;
  /** The last significant change. */
  updated: Date;
  published?: Date;
  summary?: string;
  /** The full text; `html` content is escaped once here, so readers show it as markup. */
  content?: { type: 'text' | 'html'; value: string };
  /** The page of the object (link rel="alternate", text/html). */
  link: string;
  /** Without it the feed's author stands for the entry (RFC 4287 §4.1.2). */
  authorName?: string;
  categories?: AtomCategory[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The newest change of the feed: usually the newest entry's `updated`, or the time the list was empty since. */
  updated: Date;
  /** The feed's own URL (link rel="self"); readers use it to find the feed again. */
  selfUrl: string;
  /** The page that shows the same list as HTML (link rel="alternate"). */
  alternateUrl: string;
  /** The feed's author, which every entry without its own inherits: the municipality's official name. */
  authorName: string;
  entries: AtomEntry[];
}

/**
 * XML 1.0 allows only tab, line feed and carriage return below U+0020, and no U+FFFE/U+FFFF or
 * lone surrogates: a feed with one of them is not well-formed and readers drop the whole feed.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point: they are removed
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value safe inside XML: markup escaped, forbidden characters dropped. */
export function xmlText(value: string): string {
  return value.replace(FORBIDDEN_IN_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** RFC 3339 date-time in UTC, as Atom's date constructs require. */
const atomDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A tag URI (RFC 4151), a stable id that does not break when URLs move:
 * `tagUri('iserlohn.de', '2026-12-01', 'opendata/datensatz/42')` → `tag:iserlohn.de,2026-12-01:opendata/datensatz/42`.
 * `date` is a day on which the authority (a domain the municipality owned then) was held.
 */
export function tagUri(authority: string, date: string, specific: string): string {
  return `tag:${authority.toLowerCase()},${date}:${encodeURI(specific).replace(/#/g, '%23')}`;
}

const element = (name: string, value: string): string => `<${name}>${xmlText(value)}</${name}>`;

function link(href: string, rel: string, type: string): string {
  return `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;
}

function category({ term, label }: AtomCategory): string {
  return `<category term="${xmlText(term)}"${label ? ` label="${xmlText(label)}"` : ''}/>`;
}

function entryXml(entry: AtomEntry): string {
  const parts = [
    element('id', entry.id),
    element('title', entry.title),
    element('updated', atomDate(entry.updated)),
    entry.published ? element('published', atomDate(entry.published)) : '',
    entry.authorName ? `<author>${element('name', entry.authorName)}</author>` : '',
    link(entry.link, 'alternate', 'text/html'),
    ...(entry.categories ?? []).map(category),
    entry.summary ? `<summary type="text">${xmlText(entry.summary)}</summary>` : '',
    entry.content ? `<content type="${entry.content.type}">${xmlText(entry.content.value)}</content>` : '',
  ];
  return `<entry>${parts.join('')}</entry>`;
}

/** The whole feed document; send it with `ATOM_CONTENT_TYPE`. */
export function atomFeed(feed: AtomFeed): string {
  const parts = [
    element('id', feed.id),
    element('title', feed.title),
    feed.subtitle ? element('subtitle', feed.subtitle) : '',
    element('updated', atomDate(feed.updated)),
    `<author>${element('name', feed.authorName)}</author>`,
    link(feed.selfUrl, 'self', 'application/atom+xml'),
    link(feed.alternateUrl, 'alternate', 'text/html'),
    ...feed.entries.map(entryXml),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">${parts.join('\n')}</feed>\n`;
}
