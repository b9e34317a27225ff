import { requireSection, type Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { mayCoordinate, mayEditMeasure, mayOpenCockpit } from '../../policies';
import type { Measure, Milestone, Risk } from '../../tables';
import { measureForStaff } from '../access';
import { resolveLinks, type ShownLink } from '../link-sources';
import {
  changesOf,
  departmentName,
  findMeasureBySlug,
  linksOf,
  listDepartments,
  listMeasures,
  milestonesOf,
  risksOf,
  type MeasureListRow,
} from '../repository';
import { MEASURE_SLUG, type MeasureListQuery } from '../schemas';

/** History rows the measure's page shows; the history page shows up to `HISTORY_PAGE`. */
const HISTORY_ON_PAGE = 10;
const HISTORY_PAGE = 500;

export interface MeasureList {
  rows: MeasureListRow[];
  departments: Array<{ id: string; name: string }>;
  today: string;
  mayCreate: boolean;
}

/** The staff list with its filters; everyone who may open the section sees every measure. */
export async function listStaffMeasures(actor: Actor, query: MeasureListQuery, deps: Pick<ModuleDeps, 'db'> & { now?: Date }): Promise<MeasureList> {
  requireSection(actor, mayOpenCockpit);
  const today = berlinDay(deps.now ?? new Date());
  const departments = await listDepartments(deps.db);
  const departmentId = departments.some((department) => department.id === query.fachbereich) ? query.fachbereich : undefined;
  const rows = await listMeasures(deps.db, { status: query.status, departmentId, byMilestone: query.sortierung === 'meilenstein', today });
  return { rows, departments, today, mayCreate: mayCoordinate(actor) };
}

export interface MeasureDetail {
  measure: Measure;
  ownerName: string;
  milestones: Milestone[];
  risks: Risk[];
  links: ShownLink[];
  today: string;
}

async function detailOf(measure: Measure, deps: ModuleDeps & { now?: Date }): Promise<MeasureDetail> {
  const [ownerName, milestones, risks, links] = [
    await departmentName(deps.db, measure.ownerDepartmentId),
    await milestonesOf(deps.db, measure.id),
    await risksOf(deps.db, measure.id),
    await linksOf(deps.db, measure.id),
  ];
  return {
    measure,
    ownerName: ownerName ?? measure.ownerDepartmentId,
    milestones,
    risks,
    links: await resolveLinks(links, deps),
    today: berlinDay(deps.now ?? new Date()),
  };
}

export type StaffMeasureDetail = MeasureDetail & {
  changes: Awaited<ReturnType<typeof changesOf>>;
  mayEdit: boolean;
  mayCoordinate: boolean;
};

/** A measure's staff page: everything, with the latest history; read-only for staff of another Fachbereich. */
export async function showStaffMeasure(actor: Actor, id: string, deps: ModuleDeps & { now?: Date }): Promise<StaffMeasureDetail> {
  const { user, measure } = await measureForStaff(actor, id, deps.db);
  return {
    ...(await detailOf(measure, deps)),
    changes: await changesOf(deps.db, measure.id, HISTORY_ON_PAGE),
    mayEdit: mayEditMeasure(user, measure),
    mayCoordinate: mayCoordinate(user),
  };
}

/** The whole history of a measure (bounded), newest first. */
export async function showMeasureHistory(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>) {
  const { measure } = await measureForStaff(actor, id, deps.db);
  return { measure, changes: await changesOf(deps.db, measure.id, HISTORY_PAGE) };
}

/**
 * The public page of a published measure: unpublished and unknown ones are missing (404) for
 * everyone here, staff included (the page is cached for anonymous visitors and shows the public view).
 * Links only to objects their module still shows publicly; risks are internal and not included.
 */
export async function showPublicMeasure(slug: string, deps: ModuleDeps & { now?: Date }): Promise<Omit<MeasureDetail, 'risks'>> {
  const measure = MEASURE_SLUG.test(slug) && slug.length <= 80 ? await findMeasureBySlug(deps.db, slug) : undefined;
  if (!measure?.published) throw errors.notFound('Die Maßnahme');
  const detail: Partial<MeasureDetail> & Omit<MeasureDetail, 'risks'> = await detailOf(measure, deps);
  delete detail.risks;
  return { ...detail, links: detail.links.filter((link) => link.target !== undefined) };
}
