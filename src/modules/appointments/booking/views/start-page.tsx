import { ButtonLink } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { AppointmentsStart } from '../use-cases/show-start';
import { OpeningHours } from './opening-hours';

/** /termine: what one can book (duration, what to bring), the locations, and "Termin buchen". */
export function StartPage({ services, locations }: AppointmentsStart) {
  return (
    <>
      <h1>Termine im Bürgerbüro</h1>
      <p class="lead">
        Manche Anliegen brauchen einen Besuch, zum Beispiel ein neuer Personalausweis. Buchen Sie dafür einen Termin: Sie warten dann nicht lange.
      </p>
      <p>Sie brauchen kein Konto. Die Bestätigung bekommen Sie per E-Mail, mit einem Link zum Absagen oder Verschieben.</p>
      <ButtonLink href={PATHS.book}>Termin buchen</ButtonLink>
      <h2>Wofür Sie einen Termin buchen können</h2>
      {services.length === 0 ? (
        <p>Zurzeit können keine Termine gebucht werden.</p>
      ) : (
        <ul class="list">
          {services.map((service) => (
            <li>
              <h3>
                <a href={`${PATHS.book}?dienst=${service.slug}`}>{service.name}</a>
              </h3>
              <p>
                Dauer: etwa {service.durationMinutes} Minuten{service.maxQuantity > 1 ? ` je Person, für bis zu ${service.maxQuantity} Personen` : ''}.
              </p>
              {service.bring.length > 0 && (
                <>
                  <p>Bitte mitbringen:</p>
                  <ul>
                    {service.bring.map((item) => (
                      <li>{item}</li>
                    ))}
                  </ul>
                </>
              )}
              {service.note && <p>{service.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <h2>Standorte</h2>
      {locations.map(({ location, hours }) => (
        <section aria-labelledby={`standort-${location.slug}`}>
          <h3 id={`standort-${location.slug}`}>
            <a href={PATHS.location(location.slug)}>{location.name}</a>
          </h3>
          <p>
            {location.street}, {location.postalCode} {location.city}
          </p>
          <OpeningHours hours={hours} />
        </section>
      ))}
    </>
  );
}
