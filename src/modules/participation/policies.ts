import { hasPermission, type Actor, type CurrentUser } from '../../kernel/auth';
import type { Visibility } from './tables';

/** Moderators: the queue, approving and hiding, status, answers and the link to a measure. Admins hold it implicitly. */
export const MODERATE_PERMISSION = 'participation.moderate';

export function mayModerate(actor: Actor): boolean {
  return hasPermission(actor, MODERATE_PERMISSION);
}

/**
 * Submitting, supporting, commenting and reporting need an account whose e-mail address is confirmed:
 * one support per person only means something when a person cannot open accounts at will.
 */
export function mayParticipate(actor: Actor): actor is CurrentUser {
  return actor !== null && actor.emailVerified;
}

interface Contribution {
  visibility: Visibility;
  authorId: string | null;
}

/**
 * Seeing an idea's page: published and hidden ones everybody (a hidden one shows only that it was
 * hidden, so links and replies keep their place); a pending one its author and the moderators.
 */
export function maySeeIdea(actor: Actor, idea: Contribution): boolean {
  return idea.visibility !== 'pending' || mayModerate(actor) || (actor !== null && actor.id === idea.authorId);
}

/** Supporting, commenting, reporting: only on a published idea, by a confirmed account. */
export function mayTakePart(actor: Actor, idea: Contribution): actor is CurrentUser {
  return idea.visibility === 'published' && mayParticipate(actor);
}

/** A comment's author may change its text for this long after writing it. */
export const COMMENT_EDIT_MINUTES = 15;

export function mayEditComment(actor: Actor, comment: Contribution & { createdAt: Date; deletedAt: Date | null }, now: Date): boolean {
  return (
    actor !== null &&
    actor.id === comment.authorId &&
    comment.deletedAt === null &&
    comment.visibility !== 'hidden' &&
    now.getTime() - comment.createdAt.getTime() <= COMMENT_EDIT_MINUTES * 60_000
  );
}

/** Deleting one's own comment: any time, unless the moderation hid it (the reason stays for the record). */
export function mayDeleteComment(actor: Actor, comment: Contribution & { deletedAt: Date | null }): boolean {
  return actor !== null && actor.id === comment.authorId && comment.deletedAt === null && comment.visibility !== 'hidden';
}
