import { formatDate, formatMoney, Markdown, SummaryList } from '../../../../kernel/views';
import type { MeasureDetail } from '../use-cases/read-measures';
import { germanDay } from '../values';
import { MeasureStatusTag, MilestoneState } from './labels';

/**
 * A published measure for citizens and the council: goal, description, status and progress, the
 * owner, the milestones as a timeline, budget and funding, the council programme's paragraph and the
 * public objects it built. Risks stay in the administration.
 */
export function PublicMeasurePage({ detail }: { detail: Omit<MeasureDetail, 'risks'> }) {
  const { measure } = detail;
  return (
    <>
      <h1>{measure.title}</h1>
      <p class="lead">{measure.goal}</p>
      <SummaryList
        rows={[
          { key: 'Stand', value: <MeasureStatusTag status={measure.status} /> },
          { key: 'Fortschritt', value: `${measure.progressPercent} % (eigene Einschätzung des Fachbereichs)` },
          { key: 'Verantwortlich', value: detail.ownerName },
          { key: 'Zeitraum', value: `${germanDay(measure.startsOn)} bis ${measure.endsOn ? germanDay(measure.endsOn) : 'auf Dauer'}` },
          { key: 'Budget', value: measure.budgetCents === null ? 'kein eigenes Budget' : formatMoney(measure.budgetCents) },
          ...(measure.fundingSource ? [{ key: 'Finanzierung', value: measure.fundingSource }] : []),
          ...(measure.programReference ? [{ key: 'Ratsprogramm', value: `Abschnitt ${measure.programReference}` }] : []),
          { key: 'Zuletzt geändert', value: formatDate(measure.updatedAt) },
        ]}
      />
      {measure.description && (
        <>
          <h2>Worum es geht</h2>
          <Markdown source={measure.description} />
        </>
      )}
      <h2>Meilensteine</h2>
      {detail.milestones.length === 0 ? (
        <p>Noch keine Meilensteine.</p>
      ) : (
        <ol class="list">
          {detail.milestones.map((milestone) => (
            <li>
              <strong>{germanDay(milestone.dueOn)}</strong>: {milestone.title}{' '}
              <MilestoneState milestone={milestone} today={detail.today} endsOn={measure.endsOn} />
            </li>
          ))}
        </ol>
      )}
      {detail.links.length > 0 && (
        <>
          <h2>Was dazu im Portal steht</h2>
          <ul class="list">
            {detail.links.map((link) => (
              <li>
                {`${link.kindLabel}: `}
                <a href={link.target!.href}>{link.target!.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
