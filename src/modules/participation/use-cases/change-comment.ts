import type { Actor } from '../../../kernel/auth';
import { audit } from '../../../kernel/audit';
import { moduleSettings } from '../../../kernel/config';
import { errors, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { BLOCKED_MESSAGE, blockedWordIn, textHash } from '../abuse';
import { mayDeleteComment, mayEditComment } from '../policies';
import { updateComment } from '../repository/comments';
import { participationSettings } from '../settings';
import type { CommentRow, IdeaRow } from '../tables';
import { visibleComment } from './load';

/** The comment its author may still edit (within 15 minutes); otherwise 404, as for anyone else's. */
export async function editableComment(
  actor: Actor,
  id: string,
  deps: Pick<ModuleDeps, 'db'>,
  now = new Date(),
): Promise<{ comment: CommentRow; idea: IdeaRow }> {
  const found = await visibleComment(actor, deps.db, id);
  if (!mayEditComment(actor, found.comment, now)) throw errors.notFoundOrForbidden('Der Kommentar');
  return found;
}

/** Edits the text within the 15 minutes; a post-moderated comment goes back into the queue (unreviewed). */
export async function editComment(
  actor: Actor,
  { id, text, now = new Date() }: { id: string; text: string; now?: Date },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ ideaId: string }>> {
  const { comment, idea } = await editableComment(actor, id, deps, now);
  if (blockedWordIn([text], moduleSettings(deps, participationSettings).blockedWords)) return refuse({ text: BLOCKED_MESSAGE });
  await updateComment(deps.db, comment.id, { body: text, textHash: textHash(text), editedAt: now, reviewedAt: null });
  return { ok: true, ideaId: idea.id };
}

/** The comment its author may delete; otherwise 404, as for anyone else's. */
export async function deletableComment(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>): Promise<{ comment: CommentRow; idea: IdeaRow }> {
  const found = await visibleComment(actor, deps.db, id);
  if (!mayDeleteComment(actor, found.comment)) throw errors.notFoundOrForbidden('Der Kommentar');
  return found;
}

/** The author deletes their comment: the text goes, the place stays for the replies (shown as deleted). */
export async function deleteComment(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>): Promise<{ ideaId: string }> {
  const { comment, idea } = await deletableComment(actor, id, deps);
  await deps.db.transaction(async (tx) => {
    await updateComment(tx, comment.id, { body: '', deletedAt: new Date() });
    await audit(tx, actor, { action: 'participation.comment.deleted', objectType: 'participation_comment', objectId: comment.id });
  });
  return { ideaId: idea.id };
}
