import { requireSection, type Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { sessionsOf } from '../../programme/repository';
import { findCourse, listCourses, listFilterChoices, PAGE_SIZE } from '../repository';
import type { CourseListQuery } from '../schemas';

/** The staff course list: search by words or Kursnummer, filters by term, area and state. */
export async function showCourseList(actor: Actor, query: CourseListQuery, { db }: Pick<ModuleDeps, 'db'>) {
  requireSection(actor, mayManageVhs);
  const [{ rows, total }, choices] = await Promise.all([listCourses(db, query), listFilterChoices(db)]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), choices };
}
export type CourseList = Awaited<ReturnType<typeof showCourseList>>;

/** One course with its sessions and how much attendance each has, for staff. */
export async function showCourse(actor: Actor, input: { id: string }, { db }: Pick<ModuleDeps, 'db'>) {
  requireSection(actor, mayManageVhs);
  const found = await findCourse(db, input.id);
  if (!found) throw errors.notFound('Der Kurs');
  return { ...found, sessions: await sessionsOf(db, input.id) };
}
export type StaffCourse = Awaited<ReturnType<typeof showCourse>>;
