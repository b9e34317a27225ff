import { ButtonLink } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { LocationRow, OpeningTime } from '../repository';
import { OpeningHours } from './opening-hours';

/** A location: address, opening hours for appointments, how to get there and in. */
export function LocationPage({ location, hours }: { location: LocationRow; hours: OpeningTime[] }) {
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
      <OpeningHours hours={hours} />
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
