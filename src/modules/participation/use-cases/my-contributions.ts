import type { CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { commentsBy } from '../repository/comments';
import { ideasOf } from '../repository/ideas';
import type { IdeaRow } from '../tables';

export interface MyContributions {
  ideas: IdeaRow[];
  comments: Awaited<ReturnType<typeof commentsBy>>;
}

/** The person's own ideas and comments, in every state (only they and the moderators see pending and hidden ones). */
export async function myContributions(user: CurrentUser, { db }: Pick<ModuleDeps, 'db'>): Promise<MyContributions> {
  const [ideas, comments] = await Promise.all([ideasOf(db, user.id), commentsBy(db, user.id)]);
  return { ideas, comments: comments.filter((comment) => comment.deletedAt === null) };
}
