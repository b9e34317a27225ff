import type { SearchGroup } from '../use-cases/search-portal';

const hitsLabel = (count: number) => (count === 1 ? '1 Treffer' : `${count} Treffer`);

/** The hits grouped by area: a heading with the area's total, a few hits, and a link to the area's own search. */
export function ResultGroups({ q, groups }: { q: string; groups: SearchGroup[] }) {
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  return (
    <>
      <p id="results-title" class="lead">
        {hitsLabel(total)} zu „{q}“ in {groups.length === 1 ? '1 Bereich' : `${groups.length} Bereichen`}.
      </p>
      {groups.map((group, index) => (
        <section aria-labelledby={`area-${index}`}>
          <h2 id={`area-${index}`}>
            {group.area} <span class="news-list__date">({hitsLabel(group.total)})</span>
          </h2>
          <ul class="news-list">
            {group.hits.map((hit) => (
              <li class="news-list__item">
                <h3 class="news-list__title">
                  <a href={hit.href}>{hit.title}</a>
                </h3>
                {hit.summary && <p>{hit.summary}</p>}
              </li>
            ))}
          </ul>
          <p>
            <a href={group.moreHref}>{group.total === 1 ? `Den Treffer in ${group.area} ansehen` : `Alle ${group.total} Treffer in ${group.area}`}</a>
          </p>
        </section>
      ))}
    </>
  );
}
