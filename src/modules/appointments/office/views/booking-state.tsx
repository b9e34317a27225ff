import { StatusTag, type TagKind } from '../../../../kernel/views';
import type { BookingState } from '../../tables';

const STATES: Record<BookingState, { label: string; kind: TagKind }> = {
  booked: { label: 'gebucht', kind: 'neutral' },
  waiting: { label: 'wartet', kind: 'info' },
  called: { label: 'aufgerufen', kind: 'warning' },
  done: { label: 'erledigt', kind: 'success' },
  no_show: { label: 'nicht erschienen', kind: 'danger' },
  cancelled: { label: 'abgesagt', kind: 'neutral' },
};

export function BookingStateTag({ state }: { state: BookingState }) {
  return <StatusTag kind={STATES[state].kind}>{STATES[state].label}</StatusTag>;
}

/** Minutes since `since`, in words ("12 Min."): the waiting time so far. */
export function minutesSince(since: Date | null, now: Date): string {
  if (!since) return '–';
  return `${Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000))} Min.`;
}

/** "Montag, 7. Dezember 2026". */
export function longDay(day: string): string {
  return new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
