import type { VhsCourse } from '../../tables';
import { BOOKING_PATHS } from '../paths';

/** The course takes no bookings now: the reason in plain words, and the way back. */
export function BookingClosedPage({ course, reason }: { course: VhsCourse; reason: string }) {
  return (
    <>
      <h1>{course.title} kann gerade nicht gebucht werden</h1>
      <p>{reason}</p>
      <p>
        <a href={BOOKING_PATHS.mineList}>Zu „Meine Kurse“</a>
      </p>
    </>
  );
}
