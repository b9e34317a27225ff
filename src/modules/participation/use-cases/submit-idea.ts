import type { Actor } from '../../../kernel/auth';
import { audit } from '../../../kernel/audit';
import { moduleSettings } from '../../../kernel/config';
import { refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { BLOCKED_MESSAGE, blockedWordIn, consumeAllowance, FORMS, textHash } from '../abuse';
import { insertIdea } from '../repository/ideas';
import { publishedMeasure } from '../repository/measures';
import type { IdeaInput } from '../schemas';
import { participationSettings } from '../settings';
import { passesSpamGuard, requireParticipant, type Submitted } from './guards';

export const DUPLICATE_IDEA =
  'Diesen Vorschlag gibt es schon mit genau diesem Text. Unterstützen Sie ihn in der Liste oder beschreiben Sie, was an Ihrem Vorschlag anders ist.';

/**
 * "Vorschlag einreichen": a confirmed account, checked text (blocked words, a published measure, not
 * the same text twice), the spam guard, then the allowance per account and IP. Pre-moderated (the
 * default) it waits for a moderator; post-moderated it is public at once. Either way it is in the
 * moderation queue until a moderator has looked at it.
 */
export async function submitIdea(
  actor: Actor,
  { input, ...submitted }: Submitted & { input: IdeaInput },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ id: string; published: boolean }>> {
  requireParticipant(actor);
  const settings = moduleSettings(deps, participationSettings);
  if (blockedWordIn([input.titel, input.text], settings.blockedWords)) return refuse({ text: BLOCKED_MESSAGE });
  if (input.massnahme && !(await publishedMeasure(deps.db, input.massnahme))) {
    return refuse({ massnahme: 'Diese Maßnahme gibt es nicht mehr. Wählen Sie eine aus der Liste oder „Keine bestimmte Maßnahme“.' });
  }
  const spam = await passesSpamGuard(FORMS.idea, submitted, deps);
  if (!spam.ok) return spam;
  await consumeAllowance(deps.db, 'idea', actor, submitted.ip, deps.config.secret);
  const visibility = settings.preModerateIdeas ? 'pending' : 'published';
  const id = await deps.db.transaction(async (tx) => {
    const idea = await insertIdea(tx, {
      title: input.titel,
      body: input.text,
      authorId: actor.id,
      authorName: input.name_zeigen === 'ja' ? actor.displayName : null,
      showName: input.name_zeigen === 'ja',
      measureId: input.massnahme ?? null,
      visibility,
      textHash: textHash(input.text),
    });
    if (!idea) return undefined;
    await audit(tx, actor, { action: 'participation.idea.submitted', objectType: 'participation_idea', objectId: idea.id, details: { visibility } });
    return idea.id;
  });
  if (!id) return refuse({ text: DUPLICATE_IDEA });
  return { ok: true, id, published: visibility === 'published' };
}
