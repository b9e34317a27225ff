import { InsetText } from '../../../../kernel/views';
import type { ApplicationStatus } from '../../workflow';
import { Paragraphs } from './paragraphs';
import { ApplicationStatusTag } from './status-tag';

/** What the status means for the citizen and what happens next, in plain words. */
const NEXT_STEPS: Record<ApplicationStatus, string> = {
  draft: 'Sie haben diesen Antrag noch nicht abgeschickt.',
  submitted: 'Ihr Antrag ist bei uns eingegangen. Wir prüfen ihn bald. Sie müssen im Moment nichts tun.',
  in_progress:
    'Eine Sachbearbeiterin oder ein Sachbearbeiter prüft Ihren Antrag. Sie müssen im Moment nichts tun. Wenn wir etwas brauchen, schreiben wir Ihnen.',
  awaiting_citizen:
    'Wir brauchen noch etwas von Ihnen, bevor wir weitermachen können. Lesen Sie die Nachricht oder die Begründung unten und antworten Sie über das Formular „Antworten“. Dort können Sie auch Dateien mitschicken.',
  approved: 'Ihr Antrag wurde bewilligt. Den Bescheid finden Sie unten bei den Dokumenten.',
  rejected: 'Ihr Antrag wurde abgelehnt. Die Gründe und wie Sie dagegen vorgehen können, stehen im Bescheid unten bei den Dokumenten.',
  withdrawn: 'Sie haben diesen Antrag zurückgezogen. Er wird nicht weiter bearbeitet.',
};

export function StatusExplanation({ status, reason }: { status: ApplicationStatus; reason: string | null }) {
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">Stand</h2>
      <p>
        <ApplicationStatusTag status={status} />
      </p>
      <p>{NEXT_STEPS[status]}</p>
      {reason && (
        <InsetText>
          <p>
            <strong>Begründung der Verwaltung:</strong>
          </p>
          <Paragraphs text={reason} />
        </InsetText>
      )}
    </section>
  );
}
