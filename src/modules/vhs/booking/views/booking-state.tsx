import { StatusTag, type TagKind } from '../../../../kernel/views';
import type { BookingState } from '../../tables';

const LABELS: Record<BookingState, [string, TagKind]> = {
  booked: ['Gebucht', 'success'],
  waitlisted: ['Warteliste', 'info'],
  cancelled: ['Storniert', 'neutral'],
  course_cancelled: ['Kurs abgesagt', 'warning'],
};

export const bookingStateLabel = (state: BookingState): string => LABELS[state][0];

/** The booking's state in words (with the waitlist place), never colour alone. */
export function BookingStateTag({ state, waitlistPlace }: { state: BookingState; waitlistPlace: number | null }) {
  const [label, kind] = LABELS[state];
  return <StatusTag kind={kind}>{state === 'waitlisted' && waitlistPlace ? `${label}: Platz ${waitlistPlace}` : label}</StatusTag>;
}
