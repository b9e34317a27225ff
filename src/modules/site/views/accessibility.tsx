import { SESSION_IDLE_SECONDS } from '../../../kernel/auth';
import type { Municipality } from '../../../kernel/config';
import { ButtonLink, formatDate } from '../../../kernel/views';
import type { StateLaw } from '../legal';
import { PATHS } from '../paths';
import { answerPromise } from '../presenters';

export interface AccessibilityProps {
  municipality: Municipality;
  law: StateLaw;
  baseUrl: string;
}

/** Erklärung zur Barrierefreiheit after the template of the BITV 2.0 / BITVNRW (EU implementing decision 2018/1523). */
export function AccessibilityPage({ municipality, law, baseUrl }: AccessibilityProps) {
  const { accessibility } = municipality;
  const { enforcementBody } = law.accessibility;
  const bases = [law.accessibility.law, law.accessibility.regulation].filter((basis) => basis !== undefined);
  const reviewed = new Date(`${accessibility.lastReviewed}T12:00:00Z`);
  const regulation = law.accessibility.regulation;
  return (
    <>
      <h1>Erklärung zur Barrierefreiheit</h1>
      <p class="lead">Die {municipality.officialName} ist bemüht, das Stadtportal barrierefrei zugänglich zu machen.</p>
      {bases.length > 0 && (
        <>
          <p>Dazu verpflichten uns:</p>
          <ul>
            {bases.map((basis) => (
              <li>{basis.url ? <a href={basis.url}>{basis.name}</a> : basis.name}</li>
            ))}
          </ul>
        </>
      )}

      <h2>Für welche Website diese Erklärung gilt</h2>
      <p>
        Diese Erklärung gilt für das Stadtportal der {municipality.officialName} unter <a href={baseUrl}>{baseUrl}</a>.
      </p>

      <h2>Wie barrierefrei das Stadtportal ist</h2>
      <p>
        <strong>Diese Website ist mit den Anforderungen weitgehend vereinbar.</strong>
      </p>
      <p>
        Die Anforderungen stehen {regulation ? `in der ${regulation.shortName}` : 'in den Vorschriften zur Barrierefreiheit'}. Sie verweisen auf die europäische
        Norm EN 301 549 und damit auf die Web Content Accessibility Guidelines (WCAG) 2.1 in der Stufe AA.
      </p>

      <h2>Was noch nicht barrierefrei ist</h2>
      <ul>
        {municipality.signLanguageVideos.length === 0 ? (
          <li>
            Es gibt zurzeit keine Videos in Deutscher Gebärdensprache. Die Seite <a href={PATHS.signLanguage}>Gebärdensprache</a> bietet die Informationen als
            Text an und erklärt, wie Sie für Ihren Termin eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher bekommen.
          </li>
        ) : (
          <li>
            Die Videos auf der Seite <a href={PATHS.signLanguage}>Gebärdensprache</a> stellt die {municipality.officialName} bereit. Sie haben keine Untertitel.
            Den vollständigen Text finden Sie neben jedem Video.
          </li>
        )}
        <li>
          Nur die Seite <a href={PATHS.easyLanguage}>Leichte Sprache</a> ist in Leichter Sprache geschrieben. Eine Prüfgruppe hat sie noch nicht geprüft. Alle
          anderen Seiten schreiben wir in einfacher Sprache, aber nicht in Leichter Sprache.
        </li>
        <li>
          Wenn Sie angemeldet sind, warnt Sie das Stadtportal zwei Minuten vor dem Ende Ihrer Anmeldung, und Sie können die Anmeldung verlängern. Diese Warnung
          braucht JavaScript. Ohne JavaScript endet die Anmeldung nach {SESSION_IDLE_SECONDS / 60} Minuten ohne Aktivität ohne Warnung. Eingaben in einem
          Formular, das Sie noch nicht abgeschickt haben, gehen dann verloren.
        </li>
      </ul>
      <p>Wenn Sie Inhalte in einer anderen Form brauchen, schreiben Sie uns. Wir schicken Ihnen die Informationen so, dass Sie sie nutzen können.</p>

      <h2>Wie wir die Barrierefreiheit prüfen</h2>
      <p>
        Diese Erklärung wurde zuletzt am <time dateTime={accessibility.lastReviewed}>{formatDate(reviewed)}</time> überprüft. Sie beruht auf einer
        Selbstbewertung:
      </p>
      <ul>
        <li>Automatische Tests: Bei jeder Änderung der Software prüft das Werkzeug axe-core in den Tests des Stadtportals jede Seite auf Barrieren.</li>
        <li>
          Tests von Hand: Wir bedienen alle Seiten und Formulare nur mit der Tastatur und prüfen, ob alles erreichbar ist und der Fokus immer sichtbar bleibt.
        </li>
      </ul>
      <p>Automatische Tests finden nur einen Teil der möglichen Barrieren. Deshalb sind Ihre Hinweise für uns wichtig.</p>

      <h2>Barriere melden</h2>
      <p>
        Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie Informationen in einer anderen Form? Dann schreiben Sie uns über das Formular oder per E-Mail an{' '}
        <a href={`mailto:${accessibility.contactEmail}`}>{accessibility.contactEmail}</a>. Wir antworten Ihnen {answerPromise(law)}.
      </p>
      <p>
        <ButtonLink href={PATHS.reportBarrier}>Barriere melden</ButtonLink>
      </p>

      <h2>Durchsetzungsverfahren</h2>
      <p>
        Wenn Sie auf Ihre Meldung {law.accessibility.answerPeriod ? `innerhalb von ${law.accessibility.answerPeriod} ` : ''}keine zufriedenstellende Antwort
        erhalten, können Sie sich an die {enforcementBody.name} wenden{law.accessibility.enforcementBasis ? ` (${law.accessibility.enforcementBasis})` : ''}.
        Sie vermittelt zwischen Ihnen und uns. Das Verfahren ist für Sie kostenlos. Sie brauchen dafür keine Anwältin und keinen Anwalt.
      </p>
      <address>
        {enforcementBody.name}
        <br />
        {enforcementBody.address && (
          <>
            {enforcementBody.address}
            <br />
          </>
        )}
        Website: <a href={enforcementBody.website}>{enforcementBody.website}</a>
        {enforcementBody.email && (
          <>
            <br />
            E-Mail: <a href={`mailto:${enforcementBody.email}`}>{enforcementBody.email}</a>
          </>
        )}
      </address>
    </>
  );
}
