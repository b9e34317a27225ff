import type { Actor } from '../../../kernel/auth';
import { audit } from '../../../kernel/audit';
import { errors, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { consumeAllowance, FORMS } from '../abuse';
import { mayParticipate } from '../policies';
import { hasOpenReport, insertReport, type ReportTarget } from '../repository/reports';
import type { CommentRow, IdeaRow } from '../tables';
import { passesSpamGuard, requireParticipant, type Submitted } from './guards';
import { visibleComment, visibleIdea } from './load';

export interface ReportSubject {
  idea: IdeaRow;
  comment: CommentRow | undefined;
}

/** What may be reported: a published idea, or a published comment that is not deleted, seen by a confirmed account. */
export async function reportableSubject(
  actor: Actor,
  target: { ideaId: string } | { commentId: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<ReportSubject> {
  const subject =
    'commentId' in target
      ? await visibleComment(actor, deps.db, target.commentId)
      : { idea: await visibleIdea(actor, deps.db, target.ideaId), comment: undefined };
  requireParticipant(actor);
  const item = subject.comment ?? subject.idea;
  const published = item.visibility === 'published' && !subject.comment?.deletedAt && subject.idea.visibility === 'published';
  if (!published || !mayParticipate(actor)) throw errors.notFoundOrForbidden('Der Beitrag');
  return subject;
}

/**
 * "Beitrag melden": anyone logged in with a confirmed account; the report puts the item into the
 * moderation queue (it stays public until a moderator decides). A second report of the same person
 * on the same item is not stored twice.
 */
export async function reportContent(
  actor: Actor,
  { target, reason, ...submitted }: Submitted & { target: { ideaId: string } | { commentId: string }; reason: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ ideaId: string }>> {
  const { idea, comment } = await reportableSubject(actor, target, deps);
  requireParticipant(actor);
  const reportTarget: ReportTarget = { ideaId: idea.id, commentId: comment?.id ?? null };
  if (await hasOpenReport(deps.db, reportTarget, actor.id)) return { ok: true, ideaId: idea.id };
  const spam = await passesSpamGuard(FORMS.report, submitted, deps);
  if (!spam.ok) return refuse(spam.errors);
  await consumeAllowance(deps.db, 'report', actor, submitted.ip, deps.config.secret);
  await deps.db.transaction(async (tx) => {
    const id = await insertReport(tx, { ...reportTarget, reporterId: actor.id, reason });
    await audit(tx, actor, {
      action: 'participation.report.created',
      objectType: 'participation_report',
      objectId: id,
      details: { kind: comment ? 'comment' : 'idea' },
    });
  });
  return { ok: true, ideaId: idea.id };
}
