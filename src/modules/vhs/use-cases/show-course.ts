import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { COURSE_SLUG } from '../paths';
import { findPublicCourse, type CourseDetail } from '../repository';

/** One course of the public programme with its sessions. Public; a draft, an unknown or a malformed slug: 404. */
export async function showCourse(_actor: Actor, input: { slug: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<CourseDetail> {
  const course = COURSE_SLUG.test(input.slug) ? await findPublicCourse(db, input.slug) : null;
  if (!course) throw errors.notFound('Der Kurs');
  return course;
}
