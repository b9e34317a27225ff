import { catalogueHref } from '../presenters';
import type { VhsProgrammeArea } from '../tables';

/** The Programmbereiche as a way in, each with its number of current courses (on the unfiltered catalogue). */
export function ProgrammeAreas({ areas, counts }: { areas: readonly VhsProgrammeArea[]; counts: Readonly<Record<string, number>> }) {
  return (
    <>
      <h2>Programmbereiche</h2>
      <ul class="news-list">
        {areas.map((area) => (
          <li class="news-list__item" key={area.id}>
            <h3 class="news-list__title">
              <a href={catalogueHref({ bereich: area.id })}>
                {area.name} ({counts[area.id] ?? 0} {counts[area.id] === 1 ? 'Kurs' : 'Kurse'})
              </a>
            </h3>
            {area.summary && <p>{area.summary}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
