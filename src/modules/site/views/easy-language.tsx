import type { Municipality } from '../../../kernel/config';
import { PATHS } from '../paths';
import { telHref } from './contact-details';
import { Sentences } from './text-blocks';

/**
 * The portal in Leichte Sprache after the rules of the Netzwerk Leichte Sprache: short sentences,
 * one statement per sentence, hard words explained, no abbreviations, "Sie". The wrapper uses the
 * larger `.lead` text size.
 */
export function EasyLanguagePage({ municipality }: { municipality: Municipality }) {
  const { address, contact, accessibility } = municipality;
  return (
    <div class="lead easy-read">
      <h1>Das Stadtportal in Leichter Sprache</h1>
      <Sentences>{['Hier erklären wir das Stadtportal in Leichter Sprache.', 'Leichte Sprache ist eine einfache Form von Deutsch.']}</Sentences>

      <h2>Was ist das Stadtportal?</h2>
      <Sentences>{['Das Stadtportal ist eine Seite im Internet.', `Die Seite ist von der ${municipality.officialName}.`]}</Sentences>
      <Sentences>
        {[`Hier finden Sie Angebote von der ${municipality.officialName}.`, 'Sie können die Seite jeden Tag benutzen.', 'Auch in der Nacht.']}
      </Sentences>

      <h2>Was können Sie hier machen?</h2>
      <ul>
        <li>Sie können Neuigkeiten von der {municipality.officialName} lesen.</li>
        <li>Sie können ein Bürger-Konto anlegen.</li>
        <li>Sie können uns sagen: Etwas funktioniert nicht.</li>
      </ul>
      <Sentences>{['Bald können Sie hier noch mehr machen.']}</Sentences>

      <h2>Wie bekommen Sie ein Bürger-Konto?</h2>
      <Sentences>
        {[
          'Ein Bürger-Konto ist Ihr eigener Bereich im Stadtportal.',
          'Nur Sie können Ihr Bürger-Konto sehen.',
          'Für ein Bürger-Konto brauchen Sie eine E-Mail-Adresse.',
        ]}
      </Sentences>
      <Sentences>{['Eine E-Mail ist ein Brief im Internet.', 'Die E-Mail-Adresse ist Ihre Adresse für diese Briefe.']}</Sentences>
      <Sentences>{['So bekommen Sie ein Bürger-Konto:']}</Sentences>
      <ol>
        <li>
          Gehen Sie auf die Seite <a href="/konto/registrieren">Bürger-Konto anlegen</a>.
        </li>
        <li>Schreiben Sie Ihren Namen und Ihre E-Mail-Adresse in das Formular.</li>
        <li>
          Denken Sie sich ein Passwort aus.
          <br />
          Ein Passwort ist ein geheimes Wort.
          <br />
          Nur Sie kennen das Passwort.
          <br />
          Das Passwort muss mindestens 12 Zeichen lang sein.
        </li>
        <li>
          Sie bekommen dann eine E-Mail von uns.
          <br />
          In der E-Mail ist ein Link.
          <br />
          Ein Link bringt Sie zu einer anderen Seite im Internet.
          <br />
          Klicken Sie auf den Link.
        </li>
        <li>Jetzt ist Ihr Bürger-Konto fertig.</li>
      </ol>

      <h2>Wo bekommen Sie Hilfe?</h2>
      <Sentences>{['Sie haben eine Frage?', 'Dann rufen Sie uns bitte an.']}</Sentences>
      <p>
        Unsere Telefon-Nummer ist:
        <br />
        <a href={telHref(contact.phone)}>{contact.phone}</a>
      </p>
      <p>
        Sie können uns auch eine E-Mail schreiben.
        <br />
        Unsere E-Mail-Adresse ist:
        <br />
        <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </p>
      <Sentences>{['Oder Sie kommen zu uns.', 'Das ist unsere Adresse:']}</Sentences>
      <address>
        {municipality.officialName}
        <br />
        {address.street}
        <br />
        {address.postalCode} {address.city}
      </address>
      {contact.openingHours && (
        <p>
          Zu diesen Zeiten sind wir für Sie da:
          <br />
          {contact.openingHours}
        </p>
      )}
      <p>
        Sie brauchen Hilfe in Gebärden-Sprache?
        <br />
        Dann lesen Sie die Seite <a href={PATHS.signLanguage}>Gebärden-Sprache</a>.
      </p>

      <h2>Was ist Barriere-Freiheit?</h2>
      <Sentences>{['Eine Barriere ist ein Hindernis.', 'Ein Hindernis im Internet kann so sein:']}</Sentences>
      <ul>
        <li>Eine Schrift ist zu klein.</li>
        <li>Ein Text ist zu schwer.</li>
        <li>Ein Knopf funktioniert nicht mit der Tastatur.</li>
      </ul>
      <Sentences>
        {['Barriere-Freiheit bedeutet:', 'Alle Menschen können das Stadtportal benutzen.', 'Auch Menschen mit Behinderung.', 'Das ist unser Ziel.']}
      </Sentences>

      <h2>Wie melden Sie eine Barriere?</h2>
      <Sentences>{['Etwas im Stadtportal funktioniert nicht für Sie?', 'Dann sagen Sie es uns bitte.']}</Sentences>
      <Sentences>{['Dafür gibt es ein Formular.', 'Ein Formular ist ein Blatt mit Fragen.', 'Dieses Formular ist im Internet.']}</Sentences>
      <ul>
        <li>Schreiben Sie in das Formular: Was hat nicht funktioniert?</li>
        <li>Sie möchten eine Antwort? Dann schreiben Sie auch Ihre E-Mail-Adresse in das Formular.</li>
      </ul>
      <p>
        Hier kommen Sie zum Formular: <a href={PATHS.reportBarrier}>Barriere melden</a>
      </p>
      <p>
        Sie können uns auch eine E-Mail schreiben.
        <br />
        Die E-Mail-Adresse ist:
        <br />
        <a href={`mailto:${accessibility.contactEmail}`}>{accessibility.contactEmail}</a>
      </p>
    </div>
  );
}
