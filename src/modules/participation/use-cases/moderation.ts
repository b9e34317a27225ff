import { requireSection, type Actor } from '../../../kernel/auth';
import { audit } from '../../../kernel/audit';
import { errors, isUuid, refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { MeasureChoice } from '../../cockpit';
import { mayModerate } from '../policies';
import { findComment, updateComment } from '../repository/comments';
import { findIdea, lockIdea, updateIdea } from '../repository/ideas';
import { measureChoices, publishedMeasure } from '../repository/measures';
import { moderationQueue as queue, type QueueItem } from '../repository/queue';
import { openReportsOf, resolveReports } from '../repository/reports';
import type { AnswerInput, ModerationInput } from '../schemas';
import type { CommentRow, IdeaRow } from '../tables';

/** The moderation queue: new contributions nobody looked at yet and reported ones, oldest first. */
export async function moderationQueue(actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<QueueItem[]> {
  requireSection(actor, mayModerate);
  return queue(deps.db);
}

export interface StaffIdeaView {
  idea: IdeaRow;
  reports: Array<{ id: string; reason: string; createdAt: Date }>;
  measures: readonly MeasureChoice[];
  measure: MeasureChoice | undefined;
}

/** One idea for the moderators, in any state, with its open reports and the measures to link. */
export async function staffIdea(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>): Promise<StaffIdeaView> {
  requireSection(actor, mayModerate);
  const idea = isUuid(id) ? await findIdea(deps.db, id) : undefined;
  if (!idea) throw errors.notFound('Der Vorschlag');
  return {
    idea,
    reports: await openReportsOf(deps.db, { ideaId: idea.id, commentId: null }),
    measures: await measureChoices(deps.db),
    measure: await publishedMeasure(deps.db, idea.measureId),
  };
}

/** Approve or hide an idea (with the reason its author sees); its open reports are done with it. */
export async function moderateIdea(actor: Actor, { id, input }: { id: string; input: ModerationInput }, deps: Pick<ModuleDeps, 'db'>): Promise<void> {
  requireSection(actor, mayModerate);
  if (!isUuid(id)) throw errors.notFound('Der Vorschlag');
  await deps.db.transaction(async (tx) => {
    const idea = await lockIdea(tx, id);
    if (!idea) throw errors.notFound('Der Vorschlag');
    const hide = input.entscheidung === 'ausblenden';
    await updateIdea(tx, id, { visibility: hide ? 'hidden' : 'published', hiddenReason: hide ? input.grund : '', reviewedAt: new Date() });
    const resolved = await resolveReports(tx, { ideaId: id, commentId: null });
    await audit(tx, actor, {
      action: hide ? 'participation.idea.hidden' : 'participation.idea.approved',
      objectType: 'participation_idea',
      objectId: id,
      details: { from: idea.visibility, reportsResolved: resolved, ...(hide ? { reason: input.grund } : {}) },
    });
  });
}

/** Status, public answer and the measure it is linked to; a measure must be one of the published ones. */
export async function answerIdea(actor: Actor, { id, input }: { id: string; input: AnswerInput }, deps: Pick<ModuleDeps, 'db'>): Promise<Outcome> {
  requireSection(actor, mayModerate);
  if (!isUuid(id)) throw errors.notFound('Der Vorschlag');
  if (input.massnahme && !(await publishedMeasure(deps.db, input.massnahme))) {
    return refuse({ massnahme: 'Diese Maßnahme ist nicht veröffentlicht. Wählen Sie eine aus der Liste.' });
  }
  await deps.db.transaction(async (tx) => {
    const idea = await lockIdea(tx, id);
    if (!idea) throw errors.notFound('Der Vorschlag');
    const answerChanged = idea.answer !== input.antwort;
    await updateIdea(tx, id, {
      status: input.status,
      answer: input.antwort,
      measureId: input.massnahme ?? null,
      ...(answerChanged ? { answeredAt: input.antwort ? new Date() : null } : {}),
    });
    await audit(tx, actor, {
      action: 'participation.idea.answered',
      objectType: 'participation_idea',
      objectId: id,
      details: { status: [idea.status, input.status], measureId: [idea.measureId, input.massnahme ?? null], answerChanged },
    });
  });
  return { ok: true };
}

export interface StaffCommentView {
  comment: CommentRow;
  idea: IdeaRow;
  reports: Array<{ id: string; reason: string; createdAt: Date }>;
}

/** One comment for the moderators, with its idea and open reports. */
export async function staffComment(actor: Actor, id: string, deps: Pick<ModuleDeps, 'db'>): Promise<StaffCommentView> {
  requireSection(actor, mayModerate);
  const comment = isUuid(id) ? await findComment(deps.db, id) : undefined;
  const idea = comment ? await findIdea(deps.db, comment.ideaId) : undefined;
  if (!comment || !idea) throw errors.notFound('Der Kommentar');
  return { comment, idea, reports: await openReportsOf(deps.db, { ideaId: idea.id, commentId: comment.id }) };
}

/** Approve or hide a comment; its open reports are done with it. */
export async function moderateComment(actor: Actor, { id, input }: { id: string; input: ModerationInput }, deps: Pick<ModuleDeps, 'db'>): Promise<CommentRow> {
  requireSection(actor, mayModerate);
  const comment = isUuid(id) ? await findComment(deps.db, id) : undefined;
  if (!comment) throw errors.notFound('Der Kommentar');
  const hide = input.entscheidung === 'ausblenden';
  await deps.db.transaction(async (tx) => {
    await updateComment(tx, id, { visibility: hide ? 'hidden' : 'published', hiddenReason: hide ? input.grund : '', reviewedAt: new Date() });
    const resolved = await resolveReports(tx, { ideaId: comment.ideaId, commentId: id });
    await audit(tx, actor, {
      action: hide ? 'participation.comment.hidden' : 'participation.comment.approved',
      objectType: 'participation_comment',
      objectId: id,
      details: { from: comment.visibility, reportsResolved: resolved, ...(hide ? { reason: input.grund } : {}) },
    });
  });
  return comment;
}
