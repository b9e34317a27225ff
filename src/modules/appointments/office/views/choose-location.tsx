import { addDays } from '../../../../kernel/time';
import { STAFF_PATHS } from '../../paths';
import type { ServedLocation } from '../repository';
import { longDay } from './booking-state';

/** The section's start: each location the person serves at, with today and the next days. */
export function ChooseLocationPage({ locations, today }: { locations: ServedLocation[]; today: string }) {
  const days = [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(today, offset));
  return (
    <>
      <h1>Tagesplan</h1>
      {locations.length === 0 && <p>Es gibt keinen Standort, an dem Sie Termine bearbeiten.</p>}
      {locations.map((location) => (
        <section aria-labelledby={`standort-${location.slug}`}>
          <h2 id={`standort-${location.slug}`}>{location.name}</h2>
          <ul>
            {days.map((day, index) => (
              <li>
                <a href={STAFF_PATHS.dayPlanOf(location.slug, day)}>
                  {index === 0 ? 'Heute, ' : ''}
                  {longDay(day)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
