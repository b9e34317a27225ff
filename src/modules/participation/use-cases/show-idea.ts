import { loadAuthorized, type Actor } from '../../../kernel/auth';
import { isUuid, errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { MeasureChoice } from '../../cockpit';
import { mayDeleteComment, mayEditComment, mayModerate, maySeeIdea, mayTakePart } from '../policies';
import { commentsOf } from '../repository/comments';
import { findIdea } from '../repository/ideas';
import { publishedMeasure } from '../repository/measures';
import { supports } from '../repository/supports';
import type { CommentRow, IdeaRow } from '../tables';

/** A comment as the page shows it: its text only when public (or the viewer's own), and what the viewer may do. */
export interface ShownComment {
  id: string;
  parentId: string | null;
  authorName: string | null;
  /** Null when hidden, deleted or waiting (for others than its author). */
  body: string | null;
  state: 'published' | 'pending' | 'hidden' | 'deleted';
  /** The moderation's reason, for the author only. */
  hiddenReason: string | null;
  createdAt: Date;
  edited: boolean;
  mayEdit: boolean;
  mayDelete: boolean;
  mine: boolean;
  replies: ShownComment[];
}

export interface IdeaView {
  idea: IdeaRow;
  measure: MeasureChoice | undefined;
  comments: ShownComment[];
  /** Logged in with a confirmed account and the idea is published: support, comment and report forms. */
  mayTakePart: boolean;
  supported: boolean;
  mine: boolean;
  moderator: boolean;
}

function showComment(actor: Actor, comment: CommentRow, now: Date): ShownComment {
  const mine = actor !== null && actor.id === comment.authorId;
  const state = comment.deletedAt ? 'deleted' : comment.visibility;
  return {
    id: comment.id,
    parentId: comment.parentId,
    authorName: comment.authorName,
    body: state === 'published' || (mine && state === 'pending') ? comment.body : null,
    state,
    hiddenReason: mine && state === 'hidden' ? comment.hiddenReason : null,
    createdAt: comment.createdAt,
    edited: comment.editedAt !== null,
    mayEdit: mayEditComment(actor, comment, now),
    mayDelete: mayDeleteComment(actor, comment),
    mine,
    replies: [],
  };
}

/**
 * An idea's page: 404 for a pending idea unless it is the viewer's own or the viewer moderates.
 * Waiting comments appear only to their authors; deleted and hidden ones keep their place (without
 * text) only when they have replies to keep in context.
 */
export async function showIdea(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<IdeaView> {
  if (!isUuid(id)) throw errors.notFound('Der Vorschlag');
  const idea = await loadAuthorized(actor, () => findIdea(deps.db, id), maySeeIdea, 'Der Vorschlag');
  const rows = idea.visibility === 'published' ? await commentsOf(deps.db, id) : [];
  const shown = rows.map((row) => showComment(actor, row, now));
  const byId = new Map(shown.map((comment) => [comment.id, comment]));
  const top: ShownComment[] = [];
  for (const comment of shown) {
    if (comment.state === 'pending' && !comment.mine) continue;
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (parent) parent.replies.push(comment);
    else if (!comment.parentId) top.push(comment);
  }
  const visible = (comment: ShownComment) => comment.body !== null || comment.mine || comment.replies.length > 0 || comment.state === 'hidden';
  const comments = top
    .filter(visible)
    .map((comment) => ({ ...comment, replies: comment.replies.filter((reply) => reply.body !== null || reply.mine || reply.state === 'hidden') }));
  return {
    idea,
    measure: await publishedMeasure(deps.db, idea.measureId),
    comments,
    mayTakePart: mayTakePart(actor, idea),
    supported: actor ? await supports(deps.db, id, actor.id) : false,
    mine: actor !== null && actor.id === idea.authorId,
    moderator: mayModerate(actor),
  };
}
