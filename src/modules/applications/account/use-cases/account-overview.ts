import type { CurrentUser } from '../../../../kernel/auth';
import type { AccountOverviewCard, ModuleDeps } from '../../../../kernel/module';
import { PATHS } from '../../paths';
import { CLOSED_STATUSES, OPEN_STATUSES } from '../../workflow';
import { countApplicationsByStatus } from '../repository';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The "Anträge" card on "Mein Konto" (the module's `accountOverview` hook): how many drafts,
 * Anträge in Bearbeitung and decided ones the person has, and the way to "Meine Anträge".
 */
export async function applicationsOverview(actor: CurrentUser, _input: Record<string, never>, { db }: Pick<ModuleDeps, 'db'>): Promise<AccountOverviewCard> {
  const counts = await countApplicationsByStatus(db, actor.id);
  const sum = (statuses: readonly string[]) => counts.filter((row) => statuses.includes(row.status)).reduce((total, row) => total + row.count, 0);
  const drafts = sum(['draft']);
  const open = sum(OPEN_STATUSES);
  const closed = sum(CLOSED_STATUSES);
  const summary =
    drafts + open + closed === 0
      ? 'Sie haben noch keinen Antrag online gestellt.'
      : `${plural(drafts, 'Entwurf', 'Entwürfe')}, ${plural(open, 'Antrag', 'Anträge')} eingereicht oder in Bearbeitung, ${plural(closed, 'Antrag', 'Anträge')} abgeschlossen.`;
  return { title: 'Anträge', summary, href: PATHS.mine, linkLabel: 'Meine Anträge ansehen' };
}
