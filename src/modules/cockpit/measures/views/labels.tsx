import { StatusTag, type TagKind } from '../../../../kernel/views';
import { MEASURE_STATUS_LABELS } from '../../policies';
import type { MeasureStatus, Milestone } from '../../tables';
import { germanDay } from '../values';

const STATUS_TAGS: Record<MeasureStatus, TagKind> = {
  planned: 'neutral',
  in_progress: 'info',
  done: 'success',
  paused: 'warning',
  stopped: 'danger',
};

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  return <StatusTag kind={STATUS_TAGS[status]}>{MEASURE_STATUS_LABELS[status]}</StatusTag>;
}

/** A milestone's state in words: reached (with the day), overdue, or open; one after the planned end says so for staff. */
export function MilestoneState({ milestone, today, endsOn, staff }: { milestone: Milestone; today: string; endsOn: string | null; staff?: boolean }) {
  return (
    <>
      {milestone.doneOn ? (
        <StatusTag kind="success">{`erreicht am ${germanDay(milestone.doneOn)}`}</StatusTag>
      ) : milestone.dueOn < today ? (
        <StatusTag kind="danger">überfällig</StatusTag>
      ) : (
        <StatusTag kind="neutral">offen</StatusTag>
      )}
      {staff && endsOn !== null && milestone.dueOn > endsOn && (
        <>
          {' '}
          <StatusTag kind="warning">nach dem geplanten Ende</StatusTag>
        </>
      )}
    </>
  );
}
