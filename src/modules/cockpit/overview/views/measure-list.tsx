import { formatDate, SummaryList } from '../../../../kernel/views';
import { MeasureStatusTag } from '../../measures/views/labels';
import { PATHS } from '../../paths';
import type { MeasureSummary } from '../repository';

const dayLabel = (day: string) => formatDate(new Date(`${day}T12:00:00Z`));

/** The milestones in words; the next one says when it is overdue, as the staff list and the measure's page do. */
function milestones({ nextMilestone, milestonesDone, milestonesTotal }: MeasureSummary, today: string): string {
  if (milestonesTotal === 0) return 'noch keine geplant';
  const reached = `${milestonesDone} von ${milestonesTotal} erreicht`;
  if (!nextMilestone) return reached;
  const overdue = nextMilestone.dueOn < today ? ', überfällig' : '';
  return `${reached}; als Nächstes: ${nextMilestone.title} (bis ${dayLabel(nextMilestone.dueOn)}${overdue})`;
}

/** The published measures: status in words, progress, who is responsible, the next milestone; each links to its page. */
export function MeasureList({ measures, today }: { measures: MeasureSummary[]; today: string }) {
  if (measures.length === 0) return <p>Zurzeit sind keine Maßnahmen veröffentlicht.</p>;
  return (
    <ul class="news-list">
      {measures.map((measure) => (
        <li class="news-list__item" key={measure.slug}>
          <h3 class="news-list__title">
            <a href={PATHS.measure(measure.slug)}>{measure.title}</a>
          </h3>
          <p>
            <MeasureStatusTag status={measure.status} />
          </p>
          <p>{measure.goal}</p>
          <SummaryList
            rows={[
              { key: 'Fortschritt', value: `${measure.progressPercent} %` },
              { key: 'Verantwortlich', value: measure.ownerName },
              { key: 'Meilensteine', value: milestones(measure, today) },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
