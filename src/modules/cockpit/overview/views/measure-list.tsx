import { formatDate, StatusTag, SummaryList, type TagKind } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { MEASURE_STATUS_LABELS } from '../../policies';
import type { MeasureStatus } from '../../tables';
import type { MeasureSummary } from '../repository';

const STATUS_TAGS: Record<MeasureStatus, TagKind> = { planned: 'neutral', in_progress: 'info', done: 'success', paused: 'warning', stopped: 'danger' };

const dayLabel = (day: string) => formatDate(new Date(`${day}T12:00:00Z`));

function milestones({ nextMilestone, milestonesDone, milestonesTotal }: MeasureSummary): string {
  if (milestonesTotal === 0) return 'noch keine geplant';
  const reached = `${milestonesDone} von ${milestonesTotal} erreicht`;
  return nextMilestone ? `${reached}; als Nächstes: ${nextMilestone.title} (bis ${dayLabel(nextMilestone.dueOn)})` : reached;
}

/** The published measures: status in words, progress, who is responsible, the next milestone; each links to its page. */
export function MeasureList({ measures }: { measures: MeasureSummary[] }) {
  if (measures.length === 0) return <p>Zurzeit sind keine Maßnahmen veröffentlicht.</p>;
  return (
    <ul class="news-list">
      {measures.map((measure) => (
        <li class="news-list__item" key={measure.slug}>
          <h3 class="news-list__title">
            <a href={PATHS.measure(measure.slug)}>{measure.title}</a>
          </h3>
          <p>
            <StatusTag kind={STATUS_TAGS[measure.status]}>{MEASURE_STATUS_LABELS[measure.status]}</StatusTag>
          </p>
          <p>{measure.goal}</p>
          <SummaryList
            rows={[
              { key: 'Fortschritt', value: `${measure.progressPercent} %` },
              { key: 'Verantwortlich', value: measure.ownerName },
              { key: 'Meilensteine', value: milestones(measure) },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
