import { loadAuthorized, type Actor } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { mayManageVhs } from '../../policies';
import type { VhsBooking } from '../../tables';
import { findBooking } from '../repository';

/**
 * A booking as staff act on it from a course's page: only with vhs.manage and only when it belongs
 * to that course (the URL names both); anything else answers 404.
 */
export function loadStaffBooking(
  db: Executor,
  actor: Actor,
  input: { courseId: string; bookingId: string },
  options: { forUpdate?: boolean; what?: string } = {},
): Promise<VhsBooking> {
  return loadAuthorized(
    actor,
    () => findBooking(db, input.bookingId, { forUpdate: options.forUpdate }),
    (who, found) => mayManageVhs(who) && found.courseId === input.courseId,
    options.what ?? 'Die Buchung',
  );
}
