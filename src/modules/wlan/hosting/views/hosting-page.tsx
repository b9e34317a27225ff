import type { Municipality } from '../../../../kernel/config';
import { ButtonLink, InsetText } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { HostingPage as HostingData } from '../show-hosting';

/** /wlan/freifunk-anbieten: who can host Freifunk, how, what the town provides, and the application. */
export function HostingPage({ data, municipality }: { data: HostingData; municipality: Municipality }) {
  const { community, cityOffers, application } = data;
  return (
    <>
      <h1>Freifunk anbieten: freies WLAN für alle</h1>
      <p class="lead">
        Mit Freifunk teilen Sie Ihren Internetanschluss mit allen in Ihrer Nähe, kostenlos und ohne Anmeldung. Die {municipality.officialName} unterstützt Sie
        dabei.
      </p>

      <h2>Wer mitmachen kann</h2>
      <ul>
        <li>Geschäfte, Cafés und Gaststätten, zum Beispiel für ihre Kundschaft und die Straße davor</li>
        <li>Vereine, Initiativen und Kirchengemeinden in ihren Räumen</li>
        <li>Unternehmen und Praxen</li>
        <li>Privatleute, deren Fenster oder Balkon zu einem Platz, einer Haltestelle oder einem Park zeigt</li>
      </ul>
      <p>Sie brauchen nur einen Internetanschluss, den Sie teilen dürfen, und eine Steckdose.</p>

      <h2>Wie es geht</h2>
      <ol>
        <li>
          Sie stellen einen WLAN-Router mit Freifunk-Software (Firmware) auf. Solche Router kosten etwa 20 bis 60 Euro; die Freifunk-Gemeinschaft hilft beim
          Einrichten.
        </li>
        <li>Sie schließen den Router an Ihren Internetanschluss an. Ihr eigenes Netz bleibt davon getrennt.</li>
        <li>
          Der Verkehr läuft verschlüsselt über die Server der Gemeinschaft. Für das, was andere im Netz tun, haften Sie nicht (§ 8 Telemediengesetz, seit 2024
          Digitale-Dienste-Gesetz).
        </li>
        <li>
          Ihr Router erscheint auf der <a href={PATHS.public}>WLAN-Karte</a> der Stadt.
        </li>
      </ol>

      <h2>Ihre Freifunk-Gemeinschaft</h2>
      {community ? (
        <>
          <p>
            In {municipality.name} kümmert sich <a href={community.website}>{community.name}</a> um das Freifunk-Netz: ehrenamtlich, offen für alle.
          </p>
          {community.email && (
            <p>
              E-Mail: <a href={`mailto:${community.email}`}>{community.email}</a>
            </p>
          )}
          {community.meetings && <p>{community.meetings}</p>}
        </>
      ) : (
        <p>
          Eine Freifunk-Gemeinschaft in Ihrer Nähe finden Sie auf der Karte der Gemeinschaften:{' '}
          <a href="https://freifunk.net/wie-mache-ich-mit/community-finden/">freifunk.net: Community finden</a>.
        </p>
      )}

      <h2>Was die Stadt bereitstellt</h2>
      {cityOffers.length > 0 ? (
        <ul>
          {cityOffers.map((offer) => (
            <li>{offer}</li>
          ))}
        </ul>
      ) : (
        <p>
          Fragen Sie uns, wie wir Ihren Standort unterstützen können: <a href={`mailto:${municipality.contact.email}`}>{municipality.contact.email}</a>, Telefon{' '}
          {municipality.contact.phone}.
        </p>
      )}

      <h2>Standort anbieten</h2>
      {application ? (
        <>
          <p>
            Sagen Sie uns mit dem Online-Antrag, wo Sie Freifunk anbieten möchten und welche Unterstützung Sie brauchen. Ein Konto brauchen Sie dafür nicht.
          </p>
          <p>
            <ButtonLink href={application.start}>Standort online anbieten</ButtonLink>
          </p>
          <p>
            Mehr zur Leistung: <a href={application.service}>{application.name}</a>
          </p>
        </>
      ) : (
        <InsetText>
          Schreiben Sie uns, wo Sie Freifunk anbieten möchten: <a href={`mailto:${municipality.contact.email}`}>{municipality.contact.email}</a>.
        </InsetText>
      )}

      <h2>Wo fehlt noch WLAN?</h2>
      <p>
        Auf der <a href={PATHS.gapMap}>Karte der WLAN-Lücken</a> sehen Sie, wo Bürgerinnen und Bürger freies WLAN vermissen. Ein Standort dort hilft besonders.
        Eine Lücke melden können Sie <a href={PATHS.reportGap}>mit diesem Formular</a>.
      </p>
    </>
  );
}
