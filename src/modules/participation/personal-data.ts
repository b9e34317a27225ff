import { eq, sql } from 'drizzle-orm';
import type { AccountOverviewCard, PersonalDataHook } from '../../kernel/module';
import { PATHS } from './paths';
import { IDEA_STATUS_LABELS, VISIBILITY_LABELS } from './presenters';
import { commentsBy } from './repository/comments';
import { ideasOf } from './repository/ideas';
import { reportsBy } from './repository/reports';
import { supportsBy, withdrawAllSupports } from './repository/supports';
import { participationComments, participationIdeas, participationReports } from './tables';
import type { CurrentUser } from '../../kernel/auth';
import type { ModuleDeps } from '../../kernel/module';

/**
 * The module's part of "Meine Daten" and of the account deletion. Decision: ideas and comments are
 * public contributions others answered and supported, so they stay, pseudonymised ("gelöschtes
 * Konto": no account id, no name); supports are deleted (and the counts lowered); reports stay for
 * the moderation's record without the reporter.
 */
export const participationPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const [ideas, comments, supports, reports] = await Promise.all([
      ideasOf(db, user.id),
      commentsBy(db, user.id),
      supportsBy(db, user.id),
      reportsBy(db, user.id),
    ]);
    if (ideas.length + comments.length + supports.length + reports.length === 0) return undefined;
    return {
      ideas: ideas.map((idea) => ({
        title: idea.title,
        text: idea.body,
        nameShown: idea.showName ? idea.authorName : null,
        status: IDEA_STATUS_LABELS[idea.status],
        visibility: VISIBILITY_LABELS[idea.visibility],
        hiddenReason: idea.hiddenReason || null,
        supportCount: idea.supportCount,
        createdAt: idea.createdAt,
      })),
      comments: comments.map((comment) => ({
        idea: comment.ideaTitle,
        text: comment.deletedAt ? null : comment.body,
        visibility: VISIBILITY_LABELS[comment.visibility],
        hiddenReason: comment.hiddenReason || null,
        createdAt: comment.createdAt,
        editedAt: comment.editedAt,
        deletedAt: comment.deletedAt,
      })),
      supports: supports.map((support) => ({ idea: support.title, since: support.createdAt })),
      reports: reports.map((report) => ({ reason: report.reason, createdAt: report.createdAt, decided: report.resolvedAt !== null })),
    };
  },
  erase: async (user, tx) => {
    const supports = await withdrawAllSupports(tx, user.id);
    const ideas = await tx
      .update(participationIdeas)
      .set({ authorId: null, authorName: null, updatedAt: sql`now()` })
      .where(eq(participationIdeas.authorId, user.id))
      .returning({ id: participationIdeas.id });
    const comments = await tx
      .update(participationComments)
      .set({ authorId: null, authorName: null })
      .where(eq(participationComments.authorId, user.id))
      .returning({ id: participationComments.id });
    const reports = await tx
      .update(participationReports)
      .set({ reporterId: null })
      .where(eq(participationReports.reporterId, user.id))
      .returning({ id: participationReports.id });
    const kept =
      'Öffentliche Beiträge, auf die andere geantwortet und die andere unterstützt haben, bleiben stehen – ohne Ihren Namen, als „gelöschtes Konto“.';
    return [
      ...(ideas.length ? [{ what: 'Vorschläge (Mitmachen)', outcome: 'pseudonymised' as const, count: ideas.length, reason: kept }] : []),
      ...(comments.length ? [{ what: 'Kommentare (Mitmachen)', outcome: 'pseudonymised' as const, count: comments.length, reason: kept }] : []),
      ...(supports ? [{ what: 'Unterstützungen (Mitmachen)', outcome: 'deleted' as const, count: supports }] : []),
      ...(reports.length
        ? [
            {
              what: 'Meldungen an das Moderationsteam',
              outcome: 'pseudonymised' as const,
              count: reports.length,
              reason: 'Die Meldung bleibt für die Entscheidung des Moderationsteams, ohne Bezug zu Ihnen.',
            },
          ]
        : []),
    ];
  },
};

/** "Mitmachen" on Mein Konto, only for people who took part. */
export async function participationOverview(user: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<AccountOverviewCard | undefined> {
  const [row] = await db
    .select({
      ideas: sql<number>`(select count(*)::int from participation_ideas where author_id = ${user.id})`,
      comments: sql<number>`(select count(*)::int from participation_comments where author_id = ${user.id} and deleted_at is null)`,
      supports: sql<number>`(select count(*)::int from participation_supports where user_id = ${user.id})`,
    })
    .from(sql`(select 1) as one`);
  if (!row || row.ideas + row.comments + row.supports === 0) return undefined;
  const part = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return {
    title: 'Mitmachen',
    summary: `${part(row.ideas, 'Vorschlag', 'Vorschläge')}, ${part(row.comments, 'Kommentar', 'Kommentare')}, ${part(row.supports, 'Unterstützung', 'Unterstützungen')}.`,
    href: PATHS.mine,
    linkLabel: 'Meine Vorschläge und Kommentare ansehen',
  };
}
