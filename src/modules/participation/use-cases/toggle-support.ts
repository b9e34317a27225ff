import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { consumeAllowance } from '../abuse';
import { mayTakePart } from '../policies';
import { toggleSupport as toggle } from '../repository/supports';
import { requireParticipant } from './guards';
import { visibleIdea } from './load';

/**
 * "Unterstützen" / "Unterstützung zurücknehmen": one POST form, no JavaScript needed. One support
 * per account (the support row's key), the count moved by the row really written (repository).
 */
export async function toggleSupport(
  actor: Actor,
  { ideaId, ip }: { ideaId: string; ip: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ supported: boolean; count: number }> {
  const idea = await visibleIdea(actor, deps.db, ideaId);
  requireParticipant(actor);
  if (!mayTakePart(actor, idea)) throw errors.notFoundOrForbidden('Der Vorschlag');
  await consumeAllowance(deps.db, 'support', actor, ip, deps.config.secret);
  return deps.db.transaction((tx) => toggle(tx, idea.id, actor.id));
}
