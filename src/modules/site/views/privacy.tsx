import { SESSION_IDLE_SECONDS } from '../../../kernel/auth';
import type { Municipality } from '../../../kernel/config';
import { SESSION_COOKIE } from '../../../kernel/http';
import { Table } from '../../../kernel/views';
import type { StateLaw } from '../legal';
import { PATHS } from '../paths';
import { ContactDetails, telHref } from './contact-details';

/** Cookie names as the kernel sets them (the test checks them against a real form page). */
export const CSRF_COOKIE = 'sp_csrf';
export const FLASH_COOKIE = 'sp_flash';

export interface PrivacyProps {
  municipality: Municipality;
  law: StateLaw;
  /** Hosts of configured sign-language videos that are not served by the portal itself. */
  externalVideoHosts: string[];
  /** Label of the configured external login (e.g. "Mit BundID anmelden"), if any. */
  externalLogin: string | undefined;
  /** Days finished mails stay in the outbox (MAIL_OUTBOX_RETENTION_DAYS). */
  mailRetentionDays: number;
}

interface Cookie {
  name: string;
  purpose: string;
  duration: string;
}

const SECTIONS = [
  ['verantwortlich', 'Wer verantwortlich ist'],
  ['daten', 'Welche Daten wir verarbeiten'],
  ['rechtsgrundlagen', 'Auf welcher Rechtsgrundlage'],
  ['speicherdauer', 'Wie lange wir Daten speichern'],
  ['empfaenger', 'Wer Ihre Daten bekommt'],
  ['rechte', 'Ihre Rechte'],
  ['beschwerde', 'Beschwerde bei der Aufsichtsbehörde'],
] as const;

/** Datenschutzerklärung after Art. 13 DSGVO, in plain language; state law from `legal.ts`. */
export function PrivacyPage({ municipality, law, externalVideoHosts, externalLogin, mailRetentionDays }: PrivacyProps) {
  const dpo = municipality.dataProtectionOfficer;
  const idleMinutes = SESSION_IDLE_SECONDS / 60;
  const cookies: Cookie[] = [
    {
      name: SESSION_COOKIE,
      purpose: 'Hält Sie angemeldet, nachdem Sie sich mit Ihrem Bürgerkonto angemeldet haben.',
      duration: `Bis Sie sich abmelden oder den Browser schließen. Nach ${idleMinutes} Minuten ohne Aktivität ist die Anmeldung ungültig.`,
    },
    {
      name: CSRF_COOKIE,
      purpose: 'Schützt Formulare davor, dass eine fremde Website sie in Ihrem Namen abschickt.',
      duration: 'Bis Sie den Browser schließen.',
    },
    {
      name: FLASH_COOKIE,
      purpose: 'Zeigt nach dem Absenden eines Formulars einmal eine Bestätigung an, zum Beispiel „Gespeichert“.',
      duration: 'Höchstens 60 Sekunden.',
    },
  ];
  return (
    <>
      <h1>Datenschutzerklärung</h1>
      <p class="lead">
        Hier erfahren Sie, welche Daten das Stadtportal über Sie verarbeitet, wozu wir sie brauchen und welche Rechte Sie haben. So verlangt es Artikel 13 der
        Datenschutz-Grundverordnung (DSGVO).
      </p>

      <div class="inset">
        <h2>Das Wichtigste in Kürze</h2>
        <ul>
          <li>Wir verarbeiten nur Daten, die wir für das Stadtportal brauchen.</li>
          <li>Wir nutzen keine Werbung, keine Besucherstatistik und keine Dienste, die Sie über Websites hinweg verfolgen.</li>
          <li>Schriften, Bilder und Programme laden wir nicht von anderen Anbietern. Alles kommt vom Server des Stadtportals.</li>
          <li>Cookies setzen wir nur, wenn sie technisch nötig sind. Seiten ohne Formular setzen gar keine Cookies.</li>
          <li>Wir verkaufen Ihre Daten nicht und geben sie nicht für Werbung weiter.</li>
        </ul>
      </div>

      <nav aria-labelledby="privacy-toc">
        <h2 id="privacy-toc">Inhalt</h2>
        <ol>
          {SECTIONS.map(([id, label]) => (
            <li>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="verantwortlich">Wer verantwortlich ist</h2>
      <p>Verantwortlich für die Verarbeitung Ihrer Daten ist:</p>
      <ContactDetails municipality={municipality} />
      <h3>Ansprechperson für den Datenschutz</h3>
      <p>Bei Fragen zum Datenschutz erreichen Sie:</p>
      <address>
        {dpo.name}
        <br />
        {municipality.address.street}, {municipality.address.postalCode} {municipality.address.city}
        <br />
        E-Mail: <a href={`mailto:${dpo.email}`}>{dpo.email}</a>
        {dpo.phone && (
          <>
            <br />
            Telefon: <a href={telHref(dpo.phone)}>{dpo.phone}</a>
          </>
        )}
      </address>

      <h2 id="daten">Welche Daten wir verarbeiten</h2>
      <h3>Wenn Sie eine Seite aufrufen</h3>
      <p>
        Ihr Browser schickt bei jedem Aufruf technische Daten an unseren Server. Der Server schreibt davon ein Protokoll: Zeitpunkt, aufgerufene Adresse,
        Ergebnis, Dauer und Ihre IP-Adresse. Wir brauchen das Protokoll, um Fehler zu finden und Angriffe abzuwehren. Wir verbinden es nicht mit Ihrem
        Bürgerkonto.
      </p>

      <h3>Cookies</h3>
      <p>
        Cookies sind kleine Dateien, die Ihr Browser speichert. Das Stadtportal setzt nur die folgenden Cookies. Alle sind technisch nötig, deshalb fragen wir
        nicht nach Ihrer Einwilligung (§ 25 Absatz 2 Nummer 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz).
      </p>
      <Table<Cookie>
        caption="Cookies des Stadtportals"
        columns={[
          { header: 'Name', cell: (cookie) => <code>{cookie.name}</code> },
          { header: 'Wozu', cell: (cookie) => cookie.purpose },
          { header: 'Wie lange', cell: (cookie) => cookie.duration },
        ]}
        rows={cookies}
      />

      <h3>Ihr Bürgerkonto</h3>
      <p>
        Wenn Sie ein Bürgerkonto anlegen, speichern wir Ihre E-Mail-Adresse und Ihren Namen. Ihr Passwort speichern wir nicht im Klartext, sondern nur als
        sicheren Prüfwert. Außerdem speichern wir, wann Sie Ihre E-Mail-Adresse bestätigt und wann Sie sich zuletzt angemeldet haben.
        {externalLogin &&
          ` Wenn Sie sich über die Schaltfläche „${externalLogin}“ anmelden, speichern wir die Kennung, die uns dieser Dienst für Ihr Konto übermittelt.`}
      </p>

      <h3>E-Mails</h3>
      <p>
        Das Stadtportal schickt Ihnen E-Mails, wenn Sie etwas anstoßen: zum Beispiel die Bestätigung Ihrer E-Mail-Adresse, ein neues Passwort oder eine
        Eingangsbestätigung. Eine Kopie jeder E-Mail bleibt für kurze Zeit im Postausgang des Portals.
      </p>

      <h3>Barriere melden</h3>
      <p>
        Wenn Sie uns eine <a href={PATHS.reportBarrier}>Barriere melden</a>, speichern wir Ihre Beschreibung und die Seite. Name und E-Mail-Adresse sind
        freiwillig. Die Meldung geht per E-Mail an die zuständigen Mitarbeitenden. Mit Ihrer E-Mail-Adresse können wir Ihnen antworten.
      </p>

      <h3>Schutz vor Missbrauch</h3>
      <p>
        Damit niemand Formulare massenhaft abschickt oder Passwörter ausprobiert, zählen wir Anmeldeversuche und abgeschickte Formulare. Dafür speichern wir für
        etwa einen Tag einen Zähler. Er enthält die eingegebene E-Mail-Adresse oder einen Prüfwert Ihrer IP-Adresse.
      </p>

      <h3>Protokoll der Verwaltung</h3>
      <p>
        Wir halten fest, wer wann was im Stadtportal getan hat: zum Beispiel Anmeldungen mit IP-Adresse und jede Änderung durch Mitarbeitende der Verwaltung. So
        können wir nachweisen, dass Ihre Daten richtig behandelt werden.
      </p>

      {externalVideoHosts.length > 0 && (
        <>
          <h3>Videos in Gebärdensprache</h3>
          <p>
            Manche Videos auf der Seite <a href={PATHS.signLanguage}>Gebärdensprache</a> liegen bei {externalVideoHosts.join(', ')}. Erst wenn Sie ein solches
            Video starten, lädt Ihr Browser es von dort. Dabei erfährt dieser Anbieter Ihre IP-Adresse.
          </p>
        </>
      )}

      <h2 id="rechtsgrundlagen">Auf welcher Rechtsgrundlage</h2>
      <ul>
        <li>
          Das Stadtportal und das Bürgerkonto sind Aufgaben der Verwaltung im öffentlichen Interesse: Artikel 6 Absatz 1 Buchstabe e DSGVO
          {law.dataProtection.basis ? ' in Verbindung mit ' : ' in Verbindung mit dem Datenschutzgesetz des Landes'}
          {law.dataProtection.basis &&
            (law.dataProtection.lawUrl ? <a href={law.dataProtection.lawUrl}>{law.dataProtection.basis}</a> : law.dataProtection.basis)}
          .
        </li>
        <li>
          Manches müssen wir von Gesetzes wegen tun, zum Beispiel Meldungen zu Barrieren annehmen und beantworten und Ihre Daten durch Protokolle schützen:
          Artikel 6 Absatz 1 Buchstabe c DSGVO.
        </li>
      </ul>
      <p>
        Sie müssen uns keine Daten geben, um die Seiten zu lesen. Für ein Bürgerkonto brauchen wir Ihre E-Mail-Adresse. Wir entscheiden nichts automatisch über
        Sie.
      </p>

      <h2 id="speicherdauer">Wie lange wir Daten speichern</h2>
      <ul>
        <li>Ihre Anmeldung endet, wenn Sie sich abmelden oder {idleMinutes} Minuten lang nichts tun. Danach löschen wir die Sitzung.</li>
        <li>Die Zähler zum Schutz vor Missbrauch löschen wir nach etwa einem Tag.</li>
        <li>
          Versandte E-Mails speichern wir {mailRetentionDays === 1 ? '1 Tag' : `${mailRetentionDays} Tage`}, damit wir Zustellprobleme nachvollziehen können;
          danach werden sie gelöscht.
        </li>
        <li>Das Server-Protokoll bewahren wir nur so lange auf, wie wir es für die Fehlersuche und die Abwehr von Angriffen brauchen.</li>
        <li>Ihr Bürgerkonto bleibt, bis Sie es löschen.</li>
        <li>
          Das Protokoll der Verwaltung bewahren wir als Nachweis auf. Wenn Sie Ihr Konto löschen, ersetzen wir darin Ihren Namen und Ihre E-Mail-Adresse durch
          ein Pseudonym, also eine Zeichenfolge ohne Bezug zu Ihnen, und löschen Ihre IP-Adresse.
        </li>
        <li>Meldungen von Barrieren bewahren wir auf, bis sie erledigt sind und solange wir sie als Nachweis für die Barrierefreiheit brauchen.</li>
      </ul>

      <h2 id="empfaenger">Wer Ihre Daten bekommt</h2>
      <p>
        In der Verwaltung sehen nur die Mitarbeitenden Ihre Daten, die sie für ihre Aufgabe brauchen. Wenn ein Dienstleister den Server für uns betreibt, darf
        er die Daten nur nach unserer Weisung verarbeiten (Auftragsverarbeitung, Artikel 28 DSGVO). Andere bekommen Ihre Daten nur, wenn ein Gesetz uns dazu
        verpflichtet. Das Stadtportal selbst übermittelt keine Daten in Länder außerhalb der Europäischen Union.
      </p>

      <h2 id="rechte">Ihre Rechte</h2>
      <p>Sie haben nach den Artikeln 15 bis 21 DSGVO diese Rechte:</p>
      <ul>
        <li>Auskunft: Sie können fragen, welche Daten wir über Sie speichern (Artikel 15).</li>
        <li>Berichtigung: Falsche Daten korrigieren wir (Artikel 16).</li>
        <li>
          Löschung: Sie können verlangen, dass wir Ihre Daten löschen (Artikel 17). Ihr Bürgerkonto können Sie auf der Seite <a href="/konto">Mein Konto</a>{' '}
          selbst löschen.
        </li>
        <li>Einschränkung: Sie können verlangen, dass wir Ihre Daten vorerst nicht weiter verwenden (Artikel 18).</li>
        <li>Datenübertragbarkeit: Sie können Ihre Daten in einem gängigen Format bekommen, soweit das Recht für die Verarbeitung gilt (Artikel 20).</li>
        <li>Widerspruch: Sie können der Verarbeitung aus Gründen widersprechen, die sich aus Ihrer besonderen Situation ergeben (Artikel 21).</li>
      </ul>
      <p>
        Schreiben Sie dafür an <a href={`mailto:${dpo.email}`}>{dpo.email}</a> oder an die Anschrift oben.
      </p>

      <h2 id="beschwerde">Beschwerde bei der Aufsichtsbehörde</h2>
      <p>
        Wenn Sie meinen, dass wir Ihre Daten nicht richtig verarbeiten, können Sie sich bei der Aufsichtsbehörde für den Datenschutz beschweren (Artikel 77
        DSGVO).
      </p>
      {law.dataProtection.authority ? (
        <address>
          {law.dataProtection.authority.name}
          <br />
          {law.dataProtection.authority.address}
          <br />
          {law.dataProtection.authority.email && (
            <>
              E-Mail: <a href={`mailto:${law.dataProtection.authority.email}`}>{law.dataProtection.authority.email}</a>
              <br />
            </>
          )}
          Website: <a href={law.dataProtection.authority.website}>{law.dataProtection.authority.website}</a>
        </address>
      ) : (
        <p>Zuständig ist die Aufsichtsbehörde für den Datenschutz im Land {municipality.state}.</p>
      )}
    </>
  );
}
