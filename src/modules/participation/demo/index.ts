import { z } from 'zod';
import { findUserByEmail } from '../../../kernel/auth';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { publishedMeasureChoices } from '../../cockpit';
import { textHash } from '../abuse';
import { insertComment } from '../repository/comments';
import { insertIdea } from '../repository/ideas';
import { IDEA_STATUSES, VISIBILITIES } from '../tables';

const DAY = 24 * 60 * 60 * 1000;

const commentSchema = z.object({ author: z.string().min(1), text: z.string().min(2), daysAgo: z.number().min(0).max(3650) }).strict();

const ideaSchema = z
  .object({
    title: z.string().min(5),
    text: z.string().min(20),
    /** The name shown; null: the author chose "anonym". */
    author: z.string().min(1).nullable(),
    /** A demo account of the pack (admin.json) the idea belongs to, so its Mein Konto shows it. */
    authorEmail: z.string().email().optional(),
    /** A cockpit measure's slug, resolved at seed time through `publishedMeasureChoices` (none while the cockpit has no such measure). */
    measure: z.string().optional(),
    status: z.enum(IDEA_STATUSES),
    answer: z.string().default(''),
    visibility: z.enum(VISIBILITIES).default('published'),
    hiddenReason: z.string().default(''),
    /** Supports of people outside the demo's accounts: the count the idea starts with. */
    supports: z.number().int().min(0).max(100_000),
    daysAgo: z.number().min(0).max(3650),
    comments: z.array(commentSchema.extend({ replies: z.array(commentSchema).default([]) }).strict()).default([]),
  })
  .strict();

export const participationPackSchema = z.object({ ideas: z.array(ideaSchema).min(1) }).strict();

/** The pack's ideas with comments and replies; seeding twice adds nothing (an idea's text is unique). */
export async function seedParticipationDemo({ db, config }: ModuleDeps): Promise<void> {
  const pack = readDemoPack(config, 'participation', participationPackSchema);
  if (!pack) return;
  const measures = new Map((await publishedMeasureChoices(db)).map((measure) => [measure.slug, measure.id]));
  const now = Date.now();
  for (const entry of pack.ideas) {
    const author = entry.authorEmail ? await findUserByEmail(db, entry.authorEmail) : undefined;
    const createdAt = new Date(now - entry.daysAgo * DAY);
    await db.transaction(async (tx) => {
      const idea = await insertIdea(tx, {
        title: entry.title,
        body: entry.text,
        authorId: author?.id ?? null,
        authorName: entry.author,
        showName: entry.author !== null,
        measureId: (entry.measure && measures.get(entry.measure)) ?? null,
        status: entry.status,
        answer: entry.answer,
        answeredAt: entry.answer ? new Date(createdAt.getTime() + Math.min(entry.daysAgo, 7) * DAY * 0.5) : null,
        visibility: entry.visibility,
        hiddenReason: entry.hiddenReason,
        reviewedAt: entry.visibility === 'pending' ? null : createdAt,
        supportCount: entry.supports,
        textHash: textHash(entry.text),
        createdAt,
        updatedAt: createdAt,
      });
      if (!idea) return;
      for (const comment of entry.comments) {
        const at = (daysAgo: number) => new Date(now - Math.min(daysAgo, entry.daysAgo) * DAY);
        const common = { ideaId: idea.id, visibility: 'published' as const };
        const parent = await insertComment(tx, {
          ...common,
          authorName: comment.author,
          body: comment.text,
          textHash: textHash(comment.text),
          createdAt: at(comment.daysAgo),
          reviewedAt: at(comment.daysAgo),
        });
        for (const reply of comment.replies) {
          await insertComment(tx, {
            ...common,
            parentId: parent.id,
            authorName: reply.author,
            body: reply.text,
            textHash: textHash(reply.text),
            createdAt: at(reply.daysAgo),
            reviewedAt: at(reply.daysAgo),
          });
        }
      }
    });
  }
}
