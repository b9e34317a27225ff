import { requireThat, type Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { VhsCourse } from '../../tables';
import { findCourseBySlug } from '../repository';
import { whyClosed } from './book-course';

/** The booking form's course, or why it takes no bookings now (cancelled, not yet open, deadline passed). */
export async function openBookingForm(
  actor: Actor,
  input: { slug: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ course: VhsCourse; closed: string | null }> {
  requireThat(actor, (who) => who !== null);
  const course = await findCourseBySlug(deps.db, input.slug);
  if (!course || course.state === 'draft') throw errors.notFoundOrForbidden('Der Kurs');
  return { course, closed: whyClosed(course, new Date())?.message ?? null };
}
