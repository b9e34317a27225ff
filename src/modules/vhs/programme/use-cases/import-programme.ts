import { audit, type NamedActor } from '../../../../kernel/audit';
import { requireSection, type Actor } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import type { ModuleDeps } from '../../../../kernel/module';
import { findCourse } from '../../booking/repository';
import { fillFreeSeats } from '../../booking/use-cases/fill-free-seats';
import { mayManageVhs } from '../../policies';
import { checkAgainstStored, courseSlug } from '../check-stored';
import type { ProgrammeFile } from '../programme-format';
import { readProgrammeCsv } from '../read-csv';
import { readProgrammeJson, type ReadResult } from '../read-json';
import {
  deleteSessions,
  insertCourse,
  insertSessions,
  lockCoursesByNumber,
  sessionsOf,
  syncCourseDates,
  updateCourse,
  updateSession,
  upsertAreasAndPlaces,
} from '../repository';
import { planSessions } from '../session-plan';

export interface ImportSummary {
  created: number;
  updated: number;
  sessionsAdded: number;
  sessionsChanged: number;
  sessionsRemoved: number;
  sessionsKeptWithAttendance: number;
  /** Waitlisted people who got a seat because the file raised a course's Höchstzahl. */
  promoted: number;
  notes: string[];
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problems: string[] };

/** Thrown inside the transaction to roll it back when the stored data refuses the file. */
class Refused extends Error {
  constructor(readonly problems: string[]) {
    super('programme import refused');
  }
}

/** JSON when the name says so or the text starts with `{`; CSV otherwise. */
export function readProgramme(fileName: string, text: string): ReadResult {
  const json = /\.json$/i.test(fileName) || (!/\.csv$/i.test(fileName) && text.trimStart().startsWith('{'));
  return json ? readProgrammeJson(text) : readProgrammeCsv(text);
}

/**
 * Imports a programme (CLI vhs:import and the staff upload): upsert by Kursnummer, sessions replaced
 * where no attendance was recorded (session-plan.ts). All or nothing: a file with any problem, in
 * itself or against the stored courses, writes nothing and answers every problem with its place.
 * A raised Höchstzahl gives the new seats to the waitlist in the same transaction (with their mails).
 */
export async function importProgramme(
  actor: Actor | NamedActor,
  input: { fileName: string; text: string; ip?: string },
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<ImportOutcome> {
  // The command line (a NamedActor) runs with the operator's rights; everyone else needs vhs.manage.
  if (actor === null || 'role' in actor) requireSection(actor, mayManageVhs);
  const read = readProgramme(input.fileName, input.text);
  if (!read.ok) return read;
  try {
    const summary = await db.transaction(async (tx) => {
      await upsertAreasAndPlaces(tx, read.file);
      const existing = await lockCoursesByNumber(
        tx,
        read.file.courses.map((course) => course.number),
      );
      const problems = await checkAgainstStored(tx, read.file, existing, read.locate);
      if (problems.length > 0) throw new Refused(problems);
      const result = await writeCourses(tx, config, read.file, existing);
      await audit(tx, actor, {
        action: 'vhs.programme.imported',
        objectType: 'vhs_programme',
        details: { file: input.fileName, ...result },
        ...(input.ip ? { ip: input.ip } : {}),
      });
      return { ...result, notes: read.notes };
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}

async function writeCourses(
  tx: Executor,
  config: Config,
  file: ProgrammeFile,
  existing: Awaited<ReturnType<typeof lockCoursesByNumber>>,
): Promise<Omit<ImportSummary, 'notes'>> {
  const result = { created: 0, updated: 0, sessionsAdded: 0, sessionsChanged: 0, sessionsRemoved: 0, sessionsKeptWithAttendance: 0, promoted: 0 };
  for (const course of file.courses) {
    const stored = existing.get(course.number);
    if (!stored) {
      const id = await insertCourse(tx, course, courseSlug(course));
      await insertSessions(tx, id, course.sessions);
      result.created += 1;
      result.sessionsAdded += course.sessions.length;
      continue;
    }
    await updateCourse(tx, stored, course);
    const plan = planSessions(await sessionsOf(tx, stored.id), course.sessions);
    await deleteSessions(tx, stored.id, plan.remove);
    for (const change of plan.update) await updateSession(tx, change.id, change.session);
    await insertSessions(tx, stored.id, plan.insert);
    await syncCourseDates(tx, stored.id);
    if (course.maxParticipants > stored.maxParticipants) result.promoted += await fillRaisedCourse(tx, config, stored.id);
    result.updated += 1;
    result.sessionsAdded += plan.insert.length;
    result.sessionsChanged += plan.update.length;
    result.sessionsRemoved += plan.remove.length;
    result.sessionsKeptWithAttendance += plan.keptWithAttendance;
  }
  return result;
}

/** The course as written (its new dates in the promotion mail), its new seats handed to the waitlist; how many moved up. */
async function fillRaisedCourse(tx: Executor, config: Config, courseId: string): Promise<number> {
  const course = await findCourse(tx, courseId);
  return course ? fillFreeSeats(tx, config, course) : 0;
}
