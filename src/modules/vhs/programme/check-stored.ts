import type { Executor } from '../../../kernel/db';
import type { ProgrammeCourse, ProgrammeFile } from './programme-format';
import { knownAreaAndPlaceIds, slugOwners, type ExistingCourse } from './repository';

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The URL name of a new course: the file's slug, or its title and Kursnummer ("italienisch-a1-271-30105"). */
export function courseSlug(course: ProgrammeCourse): string {
  if (course.slug) return course.slug;
  const words = `${course.title} ${course.number}`
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return words.slice(0, 80).replace(/-$/, '');
}

/**
 * What only the stored data can refuse: an unknown Programmbereich or Ort, a URL name another
 * course has, fewer places than are already booked. Each problem at the place in the file.
 */
export async function checkAgainstStored(
  tx: Executor,
  file: ProgrammeFile,
  existing: ReadonlyMap<string, ExistingCourse>,
  locate: (courseIndex: number, field: string) => string,
): Promise<string[]> {
  const problems: string[] = [];
  const known = await knownAreaAndPlaceIds(tx);
  const numbersSeen = new Map<string, number>();
  const slugsSeen = new Map<string, number>();
  const slugs = file.courses.map((course) => (existing.get(course.number) ? undefined : courseSlug(course)));
  const owners = await slugOwners(
    tx,
    slugs.filter((slug): slug is string => slug !== undefined),
  );
  file.courses.forEach((course, index) => {
    const twice = numbersSeen.get(course.number);
    if (twice !== undefined) problems.push(`${locate(index, 'number')}: Die Kursnummer ${course.number} steht schon bei Kurs ${twice + 1} in der Datei.`);
    numbersSeen.set(course.number, index);
    if (!known.areas.has(course.area)) problems.push(`${locate(index, 'area')}: Den Programmbereich „${course.area}“ gibt es nicht.`);
    if (course.place && !known.places.has(course.place)) problems.push(`${locate(index, 'place')}: Den Ort „${course.place}“ gibt es nicht.`);
    const slug = slugs[index];
    const owner = slug ? owners.get(slug) : undefined;
    if (slug && owner && owner !== course.number) problems.push(`${locate(index, 'slug')}: Die Adresse „${slug}“ hat schon der Kurs ${owner}.`);
    const sameSlug = slug ? slugsSeen.get(slug) : undefined;
    if (slug && sameSlug !== undefined) problems.push(`${locate(index, 'slug')}: Die Adresse „${slug}“ hat schon Kurs ${sameSlug + 1} in der Datei.`);
    if (slug) slugsSeen.set(slug, index);
    const stored = existing.get(course.number);
    if (stored && course.maxParticipants < stored.seatsTaken) {
      problems.push(`${locate(index, 'maxParticipants')}: Es sind schon ${stored.seatsTaken} Plätze gebucht; die Höchstzahl kann nicht darunter liegen.`);
    }
  });
  return problems;
}
