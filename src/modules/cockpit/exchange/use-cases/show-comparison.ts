import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { currentFigures } from '../../exports/current-figures';
import { comparisonRows, type ComparisonRow } from '../comparison';
import { listPartnerFeeds } from '../repository';
import type { PartnerFeed } from '../../tables';
import { requireCoordinator } from './access';

export interface ComparisonPage {
  townName: string;
  partners: PartnerFeed[];
  rows: ComparisonRow[];
}

/** Our figures beside each imported town's, by key; each town's feed with its measures. */
export async function showComparison(actor: Actor, { db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<ComparisonPage> {
  requireCoordinator(actor);
  const [figures, partners] = await Promise.all([currentFigures(db), listPartnerFeeds(db)]);
  return { townName: config.municipality.name, partners, rows: comparisonRows(figures, partners) };
}
