import type { Municipality } from '../../../kernel/config';
import { PATHS } from '../paths';
import { ContactDetails } from './contact-details';

/** Kontakt: how to reach the municipality, all from configuration. */
export function ContactPage({ municipality }: { municipality: Municipality }) {
  const { contact, dataProtectionOfficer } = municipality;
  return (
    <>
      <h1>Kontakt</h1>
      <p class="lead">So erreichen Sie die {municipality.officialName}.</p>

      <h2>Anschrift, Telefon und E-Mail</h2>
      <ContactDetails municipality={municipality} />
      <p>
        Website: <a href={contact.website}>{contact.website}</a>
      </p>

      <h2>Öffnungszeiten</h2>
      <p>{contact.openingHours ?? 'Bitte fragen Sie telefonisch nach den Öffnungszeiten.'}</p>

      <h2>Bürgeramt</h2>
      <p>
        Viele Anliegen erledigen Sie im Bürgeramt, zum Beispiel einen Umzug melden oder einen Ausweis beantragen. Rufen Sie uns an oder schreiben Sie uns eine
        E-Mail. Wir sagen Ihnen, wo Sie das Bürgeramt finden, ob Sie einen Termin brauchen und was Sie mitbringen müssen.
      </p>

      <h2>Barrierefrei Kontakt aufnehmen</h2>
      <ul>
        <li>
          <a href={PATHS.signLanguage}>Gebärdensprache</a>: Sie können für Ihren Termin eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher
          anfordern.
        </li>
        <li>
          <a href={PATHS.easyLanguage}>Leichte Sprache</a>: das Stadtportal in einfachen Sätzen erklärt.
        </li>
        <li>
          <a href={PATHS.reportBarrier}>Barriere melden</a>: Sagen Sie uns, was im Stadtportal für Sie nicht funktioniert.
        </li>
      </ul>

      <h2>Fragen zum Datenschutz</h2>
      <p>
        {dataProtectionOfficer.name}
        <br />
        E-Mail: <a href={`mailto:${dataProtectionOfficer.email}`}>{dataProtectionOfficer.email}</a>
      </p>
      <p>
        Mehr dazu in der <a href={PATHS.privacy}>Datenschutzerklärung</a>.
      </p>
    </>
  );
}
