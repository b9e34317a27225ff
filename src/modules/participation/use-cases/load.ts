import { loadAuthorized, type Actor } from '../../../kernel/auth';
import { errors, isUuid } from '../../../kernel/http';
import type { Executor } from '../../../kernel/db';
import { maySeeIdea } from '../policies';
import { findComment } from '../repository/comments';
import { findIdea } from '../repository/ideas';
import type { CommentRow, IdeaRow } from '../tables';

/** An idea the actor may see, by an id from the URL (a malformed id is a missing page). */
export function visibleIdea(actor: Actor, db: Executor, id: string): Promise<IdeaRow> {
  if (!isUuid(id)) throw errors.notFound('Der Vorschlag');
  return loadAuthorized(actor, () => findIdea(db, id), maySeeIdea, 'Der Vorschlag');
}

/** A comment the actor may see (its own waiting ones, public and hidden ones) under an idea they may see. */
export async function visibleComment(actor: Actor, db: Executor, id: string): Promise<{ comment: CommentRow; idea: IdeaRow }> {
  if (!isUuid(id)) throw errors.notFound('Der Kommentar');
  const comment = await loadAuthorized(actor, () => findComment(db, id), maySeeIdea, 'Der Kommentar');
  const idea = await visibleIdea(actor, db, comment.ideaId);
  return { comment, idea };
}
