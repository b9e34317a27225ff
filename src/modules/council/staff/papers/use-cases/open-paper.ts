import type { Actor, CurrentUser } from '../../../../../kernel/auth';
import { errors, isUuid, parseForm } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff } from '../../entry/access';
import { organizationChoices, type OrganizationChoice } from '../../entry/choices';
import {
  consultationsOf,
  findPaper,
  linksOf,
  listPapers,
  personChoices,
  placeOf,
  PAPER_LIST_LIMIT,
  type ConsultationRow,
  type CouncilPaper,
  type PaperLinks,
} from '../repository';
import { paperFilterSchema, type PaperFilter } from '../schemas';

/** A paper by id for staff with council.manage; a deleted one or a malformed id is missing (404). */
export async function authorizedPaper(actor: Actor, id: string, { db }: Pick<ModuleDeps, 'db'>): Promise<{ user: CurrentUser; paper: CouncilPaper }> {
  requireCouncilStaff(actor);
  const paper = isUuid(id) ? await findPaper(db, id) : undefined;
  if (!paper) throw errors.notFound('Die Vorlage');
  return { user: actor, paper };
}

export interface PaperListPage {
  papers: CouncilPaper[];
  total: number;
  limit: number;
  filter: PaperFilter;
}

/** The papers, newest first, filtered by words of the reference or title and by type. */
export async function showPapers(actor: Actor, input: { query: unknown }, { db }: Pick<ModuleDeps, 'db'>): Promise<PaperListPage> {
  requireCouncilStaff(actor);
  const parsed = parseForm(paperFilterSchema, input.query);
  const filter = parsed.ok ? parsed.data : {};
  return { ...(await listPapers(db, filter)), limit: PAPER_LIST_LIMIT, filter };
}

export interface PaperPage {
  paper: CouncilPaper | undefined;
  links: PaperLinks | undefined;
  place: Awaited<ReturnType<typeof placeOf>>;
  consultations: ConsultationRow[];
  organizations: OrganizationChoice[];
  persons: { id: string; name: string }[];
}

/** The form to add a paper (no id), or a paper's form with its consultations (read-only when imported). */
export async function openPaper(actor: Actor, input: { id?: string | undefined }, deps: Pick<ModuleDeps, 'db'>): Promise<PaperPage> {
  requireCouncilStaff(actor);
  const [organizations, persons] = await Promise.all([organizationChoices(deps.db), personChoices(deps.db)]);
  if (!input.id) return { paper: undefined, links: undefined, place: undefined, consultations: [], organizations, persons };
  const { paper } = await authorizedPaper(actor, input.id, deps);
  const [links, place, consultations] = await Promise.all([linksOf(deps.db, paper.id), placeOf(deps.db, paper.id), consultationsOf(deps.db, paper.id)]);
  return { paper, links, place, consultations, organizations, persons };
}
