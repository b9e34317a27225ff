import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { resolveAlertTarget, type AlertTarget } from '../targets';

const KIND_TEXT = { search: 'dieser Suche', gremium: 'diesem Gremium', paper: 'dieser Vorlage' } as const;

/** What the subscription form shows of its target; 404 for a paper or Gremium the public cannot see. */
export async function describeAlertTarget(target: AlertTarget, { db }: Pick<ModuleDeps, 'db'>): Promise<{ label: string; kindText: string }> {
  const resolved = await resolveAlertTarget(db, target);
  if (!resolved) throw errors.notFound('Die Vorlage oder das Gremium');
  return { label: resolved.label, kindText: KIND_TEXT[resolved.kind] };
}
