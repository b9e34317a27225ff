import type { NamedActor } from '../../../../kernel/audit';
import { requireSection, type Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import { PROGRAMME_FORMAT, sameNamedFields, type ProgrammeFile } from '../programme-format';
import { programmeForExport } from '../repository';

const iso = (date: Date) => date.toISOString();

/**
 * The programme in the import's JSON format (programme.schema.json), so a file exported here imports
 * unchanged: for an administration system to read back, or to move a programme between installations.
 * Cancelled courses are left out; no booking or personal data is in it.
 */
export async function exportProgramme(actor: Actor | NamedActor, input: { term?: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<ProgrammeFile> {
  // The command line (a NamedActor) runs with the operator's rights; everyone else needs vhs.manage.
  if (actor === null || 'role' in actor) requireSection(actor, mayManageVhs);
  const { courses, sessions, areas, places } = await programmeForExport(db, input.term);
  const sessionsOf = new Map<string, typeof sessions>();
  for (const session of sessions) sessionsOf.set(session.courseId, [...(sessionsOf.get(session.courseId) ?? []), session]);
  return {
    format: PROGRAMME_FORMAT,
    areas: areas.map(({ id, name, summary, position }) => ({ id, name, summary, position })),
    places: places.map(({ id, name, street, postcode, city, stepFree, directions }) => ({ id, name, street, postcode, city, stepFree, directions })),
    courses: courses.map((course) => ({
      number: course.number,
      slug: course.slug,
      ...sameNamedFields(course),
      area: course.areaId,
      place: course.placeId,
      bookingOpensAt: course.bookingOpensAt ? iso(course.bookingOpensAt) : null,
      bookingClosesAt: iso(course.bookingClosesAt),
      cancellableUntil: iso(course.cancellableUntil),
      state: course.state === 'published' ? 'published' : 'draft',
      sessions: (sessionsOf.get(course.id) ?? []).map((session) => ({
        startsAt: iso(session.startsAt),
        endsAt: iso(session.endsAt),
        cancelled: session.cancelled,
        note: session.note,
      })),
    })),
  };
}
