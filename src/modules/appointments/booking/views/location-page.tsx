import { addDays } from '../../../../kernel/time';
import { ButtonLink } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { closureWhen } from '../../planning/views/plan-presenters';
import { germanDate } from '../plan';
import type { LocationDetails } from '../use-cases/show-start';
import { OpeningHours } from './opening-hours';

/** A location: address, opening hours for appointments (and coming changes), closures ahead, how to get there and in. */
export function LocationPage({ location, hours, comingHours, closures }: LocationDetails) {
  return (
    <>
      <h1>{location.name}</h1>
      <h2>Adresse</h2>
      <p>
        {location.street}
        <br />
        {location.postalCode} {location.city}
      </p>
      <h2>Öffnungszeiten für Termine</h2>
      {comingHours[0] && hours.length > 0 && <h3>Bis {germanDate(addDays(comingHours[0].validFrom, -1))}</h3>}
      <OpeningHours hours={hours} />
      {comingHours.map((set) => (
        <>
          <h3>Ab {germanDate(set.validFrom)}</h3>
          <OpeningHours hours={set.hours} />
        </>
      ))}
      {closures.length > 0 && (
        <>
          <h2>Geschlossen</h2>
          <ul>
            {closures.map((closure) => (
              <li>
                {closureWhen(closure)}: {closure.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {location.directions && (
        <>
          <h2>Anfahrt</h2>
          <p>{location.directions}</p>
        </>
      )}
      <h2>Barrierefreiheit</h2>
      <p>{location.accessibility || 'Zur Barrierefreiheit dieses Standorts liegen uns noch keine Angaben vor. Fragen Sie gern vorher nach.'}</p>
      <ButtonLink href={PATHS.book}>Termin buchen</ButtonLink>
    </>
  );
}
