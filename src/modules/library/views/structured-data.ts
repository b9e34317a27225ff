import type { LibraryRecord, MediaType } from '../tables';

const SCHEMA_TYPES: Partial<Record<MediaType, string>> = {
  book: 'Book',
  ebook: 'Book',
  audiobook: 'Audiobook',
  eaudio: 'Audiobook',
  dvd: 'Movie',
  music_cd: 'MusicAlbum',
  magazine: 'Periodical',
  game: 'Game',
  map: 'Map',
};
const BOOK_FORMATS: Partial<Record<MediaType, string>> = {
  book: 'https://schema.org/Hardcover',
  ebook: 'https://schema.org/EBook',
  audiobook: 'https://schema.org/AudiobookFormat',
  eaudio: 'https://schema.org/AudiobookFormat',
};

/** schema.org JSON-LD of a title, for search engines (the page's head; kernel/views/head-extras). */
export function recordStructuredData(record: LibraryRecord, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[record.mediaType] ?? 'CreativeWork',
    '@id': url,
    name: record.subtitle ? `${record.title}: ${record.subtitle}` : record.title,
    ...(record.authors.length > 0 ? { author: record.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(record.isbns[0] ? { isbn: record.isbns[0] } : {}),
    ...(BOOK_FORMATS[record.mediaType] ? { bookFormat: BOOK_FORMATS[record.mediaType] } : {}),
    ...(record.year ? { datePublished: String(record.year) } : {}),
    ...(record.publisher ? { publisher: { '@type': 'Organization', name: record.publisher } } : {}),
    ...(record.language ? { inLanguage: record.language } : {}),
    ...(record.subjects.length > 0 ? { keywords: record.subjects.join(', ') } : {}),
    ...(record.summary ? { description: record.summary } : {}),
  };
}
