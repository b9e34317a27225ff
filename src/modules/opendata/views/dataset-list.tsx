import { formatDate, markdownToText, StatusTag } from '../../../kernel/views';
import { OPENDATA_PATHS } from '../paths';
import type { DatasetHit } from '../repository/hits';

const EXCERPT = 220;

function excerpt(notes: string): string {
  const text = markdownToText(notes);
  return text.length > EXCERPT ? `${text.slice(0, text.lastIndexOf(' ', EXCERPT))} …` : text;
}

/**
 * Excerpts by dataset and its last change: result lists show the same datasets again and again, and
 * rendering their Markdown was a tenth of an uncached search page's CPU. Oldest out first; at most
 * EXCERPTS_KEPT short strings.
 */
const excerpts = new Map<string, string>();
const EXCERPTS_KEPT = 2000;

function excerptOf(hit: DatasetHit): string {
  const key = `${hit.id} ${hit.metadataModified.getTime()}`;
  let text = excerpts.get(key);
  if (text === undefined) {
    text = excerpt(hit.notes);
    if (excerpts.size >= EXCERPTS_KEPT) excerpts.delete(excerpts.keys().next().value!);
    excerpts.set(key, text);
  }
  return text;
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
          {hit.notes && <p>{excerptOf(hit)}</p>}
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
