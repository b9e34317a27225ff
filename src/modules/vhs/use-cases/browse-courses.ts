import type { Actor } from '../../../kernel/auth';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDayStart } from '../../../kernel/time';
import { listPlaces, listProgrammeAreas } from '../repository';
import { dateRange, type CatalogueQuery } from '../schemas';
import { searchCourses, type CourseFacets, type CourseHit } from '../search';
import type { VhsPlace, VhsProgrammeArea } from '../tables';

export const CATALOGUE_PAGE_SIZE = 20;

interface Choices {
  areas: readonly Readonly<VhsProgrammeArea>[];
  places: readonly Readonly<VhsPlace>[];
}

export type CourseCatalogue =
  | ({ kind: 'page'; hits: CourseHit[]; total: number; pageCount: number; facets: CourseFacets } & Choices)
  /** Dates that are not dates: the form again with the messages, no list. */
  | ({ kind: 'invalid'; errors: FieldErrors } & Choices)
  /** A page number beyond the end (old link, fewer results now): the last page, not "nothing found". */
  | { kind: 'beyond-end'; lastPage: number };

/** The public course programme: one page of the search or the filtered list, sorted by start. Public. */
export async function browseCourses(_actor: Actor, query: CatalogueQuery, { db }: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<CourseCatalogue> {
  const [areas, places] = await Promise.all([listProgrammeAreas(db), listPlaces(db)]);
  const range = dateRange(query);
  if (!range.ok) return { kind: 'invalid', errors: range.errors, areas, places };
  const result = await searchCourses(db, {
    q: query.q,
    // Ids not in the lists find nothing anyway; they are dropped so the page shows every course rather than none.
    ...(query.bereich && areas.some((area) => area.id === query.bereich) ? { areaId: query.bereich } : {}),
    ...(query.ort && places.some((place) => place.id === query.ort) ? { placeId: query.ort } : {}),
    ...(query.format ? { format: query.format } : {}),
    ...(range.from ? { startsFrom: berlinDayStart(range.from) } : {}),
    // "Beginn bis 30.06." includes courses starting on 30 June.
    ...(range.to ? { startsBefore: berlinDayStart(addDays(range.to, 1)) } : {}),
    onlyFreePlaces: query.frei,
    onlyNotStarted: query.anstehend,
    now,
    page: query.seite,
    pageSize: CATALOGUE_PAGE_SIZE,
  });
  const pageCount = Math.ceil(result.total / CATALOGUE_PAGE_SIZE);
  if (result.hits.length === 0 && pageCount > 0) return { kind: 'beyond-end', lastPage: pageCount };
  return { kind: 'page', hits: result.hits, total: result.total, pageCount, facets: result.facets, areas, places };
}
