import { formatDate, markdownToText, StatusTag } from '../../../kernel/views';
import { OPENDATA_PATHS } from '../paths';
import type { DatasetHit } from '../repository/hits';

const EXCERPT = 220;

function excerpt(notes: string): string {
  const text = markdownToText(notes);
  return text.length > EXCERPT ? `${text.slice(0, text.lastIndexOf(' ', EXCERPT))} …` : text;
}

/** Datasets as a list of results: title, a short description, formats, publisher and the last change. */
export function DatasetList({ hits }: { hits: readonly DatasetHit[] }) {
  return (
    <ul class="news-list">
      {hits.map((hit) => (
        <li key={hit.id} class="news-list__item">
          <h3 class="news-list__title">
            <a href={OPENDATA_PATHS.dataset(hit.name)}>{hit.title}</a>
          </h3>
          {hit.notes && <p>{excerpt(hit.notes)}</p>}
          <p>
            {hit.formats.map((format) => (
              <>
                <StatusTag kind="info">{format}</StatusTag>{' '}
              </>
            ))}
            <span class="news-list__date">
              {hit.organizationTitle}, aktualisiert am {formatDate(hit.metadataModified)}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
