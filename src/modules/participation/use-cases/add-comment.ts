import type { Actor } from '../../../kernel/auth';
import { moduleSettings } from '../../../kernel/config';
import { errors, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { BLOCKED_MESSAGE, blockedWordIn, consumeAllowance, FORMS, textHash } from '../abuse';
import { mayTakePart } from '../policies';
import { findComment, hasSameComment, insertComment } from '../repository/comments';
import type { CommentInput } from '../schemas';
import { participationSettings } from '../settings';
import { passesSpamGuard, requireParticipant, type Submitted } from './guards';
import { visibleIdea } from './load';

/** The idea a confirmed account may comment on (published); 401, 403 or 404 otherwise. */
export async function commentableIdea(actor: Actor, ideaId: string, deps: Pick<ModuleDeps, 'db'>) {
  const idea = await visibleIdea(actor, deps.db, ideaId);
  requireParticipant(actor);
  if (!mayTakePart(actor, idea)) throw errors.notFoundOrForbidden('Der Vorschlag');
  return idea;
}

/**
 * A comment, or a reply to a comment (one level: a reply to a reply is refused). Post-moderated (the
 * default) it is public at once and in the queue until a moderator looked at it; pre-moderated it waits.
 */
export async function addComment(
  actor: Actor,
  { ideaId, input, ...submitted }: Submitted & { ideaId: string; input: CommentInput },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ id: string; published: boolean }>> {
  const idea = await commentableIdea(actor, ideaId, deps);
  requireParticipant(actor);
  if (input.antwort_auf) {
    const parent = await findComment(deps.db, input.antwort_auf);
    if (!parent || parent.ideaId !== idea.id || parent.visibility !== 'published' || parent.deletedAt) {
      return refuse({ text: 'Der Kommentar, auf den Sie antworten wollten, ist nicht mehr da. Schreiben Sie Ihren Text als neuen Kommentar.' });
    }
    if (parent.parentId) return refuse({ text: 'Auf eine Antwort kann nicht noch einmal geantwortet werden. Antworten Sie auf den ursprünglichen Kommentar.' });
  }
  const settings = moduleSettings(deps, participationSettings);
  if (blockedWordIn([input.text], settings.blockedWords)) return refuse({ text: BLOCKED_MESSAGE });
  const hash = textHash(input.text);
  if (await hasSameComment(deps.db, { ideaId: idea.id, authorId: actor.id, textHash: hash })) {
    return refuse({ text: 'Diesen Kommentar haben Sie hier schon geschrieben. Er erscheint nur einmal.' });
  }
  const spam = await passesSpamGuard(FORMS.comment, submitted, deps);
  if (!spam.ok) return spam;
  await consumeAllowance(deps.db, 'comment', actor, submitted.ip, deps.config.secret);
  const visibility = settings.preModerateComments ? 'pending' : 'published';
  const comment = await insertComment(deps.db, {
    ideaId: idea.id,
    parentId: input.antwort_auf ?? null,
    authorId: actor.id,
    authorName: actor.displayName,
    body: input.text,
    visibility,
    textHash: hash,
  });
  return { ok: true, id: comment.id, published: visibility === 'published' };
}
