import { formatDate, StatusTag } from '../../../kernel/views';
import { VHS_PATHS } from '../paths';
import { feeText, FEW_PLACES, FORMAT_LABELS, placesText } from '../presenters';
import type { CourseHit } from '../search';

/** The state of a course in words (never colour alone): cancelled, full, few places, or free places. */
export function PlacesTag({ state, freePlaces }: { state: CourseHit['state']; freePlaces: number }) {
  if (state === 'cancelled') return <StatusTag kind="danger">Abgesagt</StatusTag>;
  if (freePlaces <= 0) return <StatusTag kind="warning">{placesText(freePlaces)}</StatusTag>;
  return <StatusTag kind={freePlaces <= FEW_PLACES ? 'warning' : 'success'}>{placesText(freePlaces)}</StatusTag>;
}

/** Courses in order of their start: title as link, number, dates, how and where, fee and places. */
export function CourseList({ hits }: { hits: readonly CourseHit[] }) {
  return (
    <ul class="news-list">
      {hits.map((hit) => (
        <li class="news-list__item" key={hit.slug}>
          <h3 class="news-list__title">
            <a href={VHS_PATHS.course(hit.slug)}>{hit.title}</a>
          </h3>
          <p class="news-list__date">
            Kurs {hit.number} · {hit.areaName} · {formatDate(hit.startsAt)}
            {hit.endsAt.getTime() - hit.startsAt.getTime() > 86_400_000 ? ` bis ${formatDate(hit.endsAt)}` : ''}
          </p>
          <p>{hit.summary}</p>
          <p>
            <PlacesTag state={hit.state} freePlaces={hit.freePlaces} /> <StatusTag kind="info">{FORMAT_LABELS[hit.format]}</StatusTag>{' '}
            <span class="news-list__date">
              {hit.placeName ? `${hit.placeName} · ` : ''}
              {feeText(hit.feeCents)}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
