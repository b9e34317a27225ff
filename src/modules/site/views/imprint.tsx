import type { Municipality } from '../../../kernel/config';
import { SummaryList } from '../../../kernel/views';
import { PATHS } from '../paths';
import { ContactDetails } from './contact-details';

const EUPL = 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12';

/** Impressum after § 5 Digitale-Dienste-Gesetz (DDG) and § 18 Medienstaatsvertrag (MStV), all from configuration. */
export function ImprintPage({ municipality }: { municipality: Municipality }) {
  const { imprint, contact } = municipality;
  return (
    <>
      <h1>Impressum</h1>
      <p class="lead">Hier steht, wer dieses Stadtportal anbietet und wie Sie uns erreichen.</p>

      <h2>Anbieterin</h2>
      <ContactDetails municipality={municipality} />
      <p>
        Die {municipality.officialName} ist eine Gebietskörperschaft des öffentlichen Rechts. Sie wird vertreten durch {imprint.representedBy}.
      </p>

      <h2>Angaben nach § 5 Digitale-Dienste-Gesetz</h2>
      <SummaryList
        rows={[
          { key: 'Vertreten durch', value: imprint.representedBy },
          { key: 'Telefon', value: contact.phone },
          { key: 'E-Mail', value: <a href={`mailto:${contact.email}`}>{contact.email}</a> },
          { key: 'Website', value: <a href={contact.website}>{contact.website}</a> },
          ...(imprint.vatId ? [{ key: 'Umsatzsteuer-Identifikationsnummer (§ 27a Umsatzsteuergesetz)', value: imprint.vatId }] : []),
          { key: 'Zuständige Aufsichtsbehörde', value: imprint.supervisoryAuthority },
          { key: 'Amtlicher Gemeindeschlüssel', value: municipality.gemeindeschluessel },
        ]}
      />

      <h2>Verantwortlich für den Inhalt</h2>
      <p>
        Verantwortlich für den Inhalt nach § 18 Absatz 2 Medienstaatsvertrag ist die {municipality.officialName}, vertreten durch {imprint.representedBy}. Die
        Anschrift steht oben.
      </p>

      <h2>Links zu anderen Websites</h2>
      <p>Für die Inhalte anderer Websites, auf die wir verlinken, sind deren Anbieter verantwortlich.</p>

      <h2>Freie Software</h2>
      <p>
        Das Stadtportal ist freie Software unter der <a href={EUPL}>Europäischen Open-Source-Lizenz EUPL, Version 1.2</a>. Andere Städte, Gemeinden und Kreise
        dürfen die Software nutzen, ändern und weitergeben. Die Inhalte dieser Website – zum Beispiel Texte und das Logo – gehören nicht zur Software und stehen
        nicht unter dieser Lizenz.
      </p>

      <h2>Weitere Informationen</h2>
      <ul>
        <li>
          <a href={PATHS.privacy}>Datenschutzerklärung</a>
        </li>
        <li>
          <a href={PATHS.accessibility}>Erklärung zur Barrierefreiheit</a>
        </li>
      </ul>
    </>
  );
}
