import { StatusTag } from '../../../kernel/views';
import { SERVICE_PATHS } from '../paths';
import type { ServiceHit } from '../search';

/** Search results and suggestions: name as link, summary, how it is done (tags in words, not colour alone). */
export function ServiceList({ hits }: { hits: readonly ServiceHit[] }) {
  return (
    <ul class="news-list">
      {hits.map((hit) => (
        <li class="news-list__item">
          <h3 class="news-list__title">
            <a href={SERVICE_PATHS.detail(hit.slug)}>{hit.name}</a>
          </h3>
          <p>{hit.summary}</p>
          <p>
            {hit.onlineApplication && <StatusTag kind="success">Online möglich</StatusTag>}{' '}
            {hit.personalAppearance && <StatusTag kind="info">Persönlich vorsprechen</StatusTag>}{' '}
            <span class="news-list__date">Zuständig: {hit.departmentName}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
