import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { groupOrganizations } from '../organization-groups';
import { latestPapers } from '../queries/lists';
import { allOrganizations } from '../queries/organizations';
import { nextMeetings } from './browse-calendar';

const SHOWN = 5;

/** `/rat`: the next meetings, the latest public papers and the Gremien (without Fraktionen and Parteien: those are on /rat/gremien). */
export async function showLanding(_actor: Actor, deps: Pick<ModuleDeps, 'db'>, now = new Date()) {
  const [meetings, papers, organizations] = await Promise.all([
    nextMeetings(deps, { limit: SHOWN }, now),
    latestPapers(deps.db, SHOWN),
    allOrganizations(deps.db),
  ]);
  const gremien = groupOrganizations(organizations, berlinDay(now)).filter(({ group }) =>
    ['Rat', 'Ausschüsse', 'Beiräte', 'Bezirksvertretungen', 'Weitere Gremien'].includes(group),
  );
  return { meetings, papers, gremien };
}
export type Landing = Awaited<ReturnType<typeof showLanding>>;
