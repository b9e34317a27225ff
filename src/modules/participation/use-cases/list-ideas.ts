import type { ModuleDeps } from '../../../kernel/module';
import type { MeasureChoice } from '../../cockpit';
import { publishedIdeas, type IdeaListItem } from '../repository/ideas';
import { measureChoices } from '../repository/measures';
import type { ListQuery } from '../schemas';

export const PAGE_SIZE = 20;

export interface IdeaList {
  query: ListQuery;
  items: Array<IdeaListItem & { measure: MeasureChoice | undefined }>;
  total: number;
  pageCount: number;
  measures: readonly MeasureChoice[];
  /** The measure of the filter, when the slug named a published one. */
  measure: MeasureChoice | undefined;
}

/** The public ideas (published ones only), filtered, ordered and paged in memory from the kept list; measures from the kept choices. */
export async function listIdeas(query: ListQuery, deps: Pick<ModuleDeps, 'db'>): Promise<IdeaList> {
  const measures = await measureChoices(deps.db);
  const measure = query.massnahme ? measures.find((choice) => choice.slug === query.massnahme) : undefined;
  if (query.massnahme && !measure) return { query, items: [], total: 0, pageCount: 1, measures, measure };
  const ideas = await publishedIdeas(deps.db);
  const matching = (query.sortierung === 'unterstuetzt' ? ideas.supported : ideas.newest).filter(
    (idea) => (!query.status || idea.status === query.status) && (!measure || idea.measureId === measure.id),
  );
  const total = matching.length;
  const start = (query.seite - 1) * PAGE_SIZE;
  const byId = new Map(measures.map((choice) => [choice.id, choice]));
  return {
    query,
    items: matching.slice(start, start + PAGE_SIZE).map((item) => ({ ...item, measure: item.measureId ? byId.get(item.measureId) : undefined })),
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    measures,
    measure,
  };
}
