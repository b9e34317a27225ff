import { StatusTag } from '../../../kernel/views';
import { LIBRARY_PATHS } from '../paths';
import { MEDIA_TYPE_LABELS } from '../presenters';
import type { CatalogueHit } from '../repository/search';

/** "Funke, Cornelia" → "Cornelia Funke", as people say names (the catalogue form stays on the record page). */
export function displayName(heading: string): string {
  const [surname, given] = heading.split(', ');
  return given ? `${given} ${surname}` : heading;
}

/** Titles as a list of results: title (with subtitle), authors, year and edition, the media type as a tag. */
export function RecordList({ hits }: { hits: readonly CatalogueHit[] }) {
  return (
    <ul class="news-list">
      {hits.map((hit) => (
        <li key={hit.id} class="news-list__item">
          <h3 class="news-list__title">
            <a href={LIBRARY_PATHS.record(hit.id)}>
              {hit.title}
              {hit.subtitle ? `: ${hit.subtitle}` : ''}
            </a>
          </h3>
          <p>
            <StatusTag kind="info">{MEDIA_TYPE_LABELS[hit.mediaType]}</StatusTag>{' '}
            <span class="news-list__date">{[hit.authors.map(displayName).join(', '), hit.edition, hit.year].filter(Boolean).join(' · ')}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
