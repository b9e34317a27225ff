import type { CurrentUser } from '../../../kernel/auth';
import type { AccountOverviewCard, ModuleDeps } from '../../../kernel/module';
import { recentActivity, type ActivityEntry } from '../repository';

export interface AccountOverview {
  cards: AccountOverviewCard[];
  activity: ActivityEntry[];
}

/**
 * "Mein Konto": what the person has in every module (each module's `accountOverview` card, in
 * registry order) and the latest activity on the account. Each card is about the actor only.
 */
export async function accountOverview(actor: CurrentUser, _input: Record<string, never>, deps: ModuleDeps): Promise<AccountOverview> {
  const cards = await Promise.all(deps.modules.map((module) => module.accountOverview?.(actor, deps)));
  return { cards: cards.filter((card): card is AccountOverviewCard => card !== undefined), activity: await recentActivity(deps.db, actor.id) };
}
