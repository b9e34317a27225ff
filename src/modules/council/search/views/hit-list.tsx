import { SEARCH_PATHS } from '../../paths';
import { excerptParts, germanDay } from '../presenters';
import type { PaperHit } from '../repository';

/** Papers as a list of results: name, reference, type and date, and where the words stand in its file. */
export function HitList({ hits }: { hits: readonly PaperHit[] }) {
  return (
    <ul class="news-list">
      {hits.map((hit) => (
        <li key={hit.id} class="news-list__item">
          <h3 class="news-list__title">
            <a href={SEARCH_PATHS.paper(hit.id)}>{hit.name ?? hit.reference ?? 'Vorlage ohne Titel'}</a>
          </h3>
          <p class="news-list__date">{[hit.reference, hit.paperType, hit.date ? germanDay(hit.date) : null].filter(Boolean).join(' · ')}</p>
          {hit.excerpt && (
            <p>
              {hit.excerptFile && <span class="visually-hidden">Aus dem Dokument „{hit.excerptFile}“: </span>}
              {excerptParts(hit.excerpt).map((part, at) => (part.marked ? <mark key={at}>{part.text}</mark> : part.text))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
