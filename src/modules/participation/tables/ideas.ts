import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/tables';

/** Where an idea stands in the city's eyes; the German words are in `IDEA_STATUS_LABELS` (presenters.ts). */
export const IDEA_STATUSES = ['submitted', 'in_review', 'adopted', 'implemented', 'rejected'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/**
 * Whether a contribution is public: `pending` waits for the moderation (pre-moderation), `published`
 * is shown, `hidden` was taken down by the moderation (shown as "vom Moderationsteam ausgeblendet").
 */
export const VISIBILITIES = ['pending', 'published', 'hidden'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * A citizen's idea (Vorschlag) for the city's digital strategy. The author's id goes on account
 * deletion (the idea stays as a public contribution others answered, "gelöschtes Konto"); the name
 * shown is a copy taken at submission, so a later change of display name does not rewrite history.
 */
export const participationIdeas = pgTable(
  'participation_ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** Plain text as typed; escaped when shown, never rendered as markup. */
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The author's display name when they chose to show it; null when anonymous or the account is gone. */
    authorName: text('author_name'),
    showName: boolean('show_name').notNull().default(false),
    /** A cockpit measure (`publishedMeasureChoices`), by id; shown only while that measure is published. */
    measureId: uuid('measure_id'),
    status: text('status', { enum: IDEA_STATUSES }).notNull().default('submitted'),
    /** The city's public answer (required with "abgelehnt": the reason). */
    answer: text('answer').notNull().default(''),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    /** Why the moderation hid it (for the author and the staff; the public sees only that it was hidden). */
    hiddenReason: text('hidden_reason').notNull().default(''),
    /** Null while no moderator has looked at it: such ideas are in the moderation queue. */
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Kept by the support toggle in the same transaction as the support row (never counted per request). */
    supportCount: integer('support_count').notNull().default(0),
    /** md5 of the normalised text: the same idea submitted twice is refused (unique). */
    textHash: text('text_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('participation_ideas_text_hash_key').on(t.textHash),
    index('participation_ideas_public_new_idx').on(t.visibility, t.createdAt),
    index('participation_ideas_public_support_idx').on(t.visibility, t.supportCount, t.createdAt),
    index('participation_ideas_author_idx').on(t.authorId),
    index('participation_ideas_queue_idx')
      .on(t.createdAt)
      .where(sql`reviewed_at is null`),
    check('participation_ideas_support_check', sql`support_count >= 0`),
  ],
);

/** Comments and one level of replies (`parentId` names a comment without parent). */
export const participationComments = pgTable(
  'participation_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => participationIdeas.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The display name at the time of writing; null once the account is deleted ("gelöschtes Konto"). */
    authorName: text('author_name'),
    body: text('body').notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    hiddenReason: text('hidden_reason').notNull().default(''),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    textHash: text('text_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** Deleted by its author: the text is gone, the place stays so replies keep their context. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    // A reply goes with the comment it answers.
    foreignKey({ name: 'participation_comments_parent_fk', columns: [t.parentId], foreignColumns: [t.id] }).onDelete('cascade'),
    index('participation_comments_idea_idx').on(t.ideaId, t.createdAt),
    index('participation_comments_author_idx').on(t.authorId),
    index('participation_comments_queue_idx')
      .on(t.createdAt)
      .where(sql`reviewed_at is null`),
  ],
);

/** One support per account and idea; the idea's `supportCount` follows in the same transaction. */
export const participationSupports = pgTable(
  'participation_supports',
  {
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => participationIdeas.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index('participation_supports_user_idx').on(t.userId)],
);

/** A report (Meldung) of an idea or a comment by a logged-in person: it puts the item into the moderation queue. */
export const participationReports = pgTable(
  'participation_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => participationIdeas.id, { onDelete: 'cascade' }),
    /** Null when the idea itself is reported. */
    commentId: uuid('comment_id').references(() => participationComments.id, { onDelete: 'cascade' }),
    /** Null once the reporter's account is deleted (the report stays for the moderation). */
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when a moderator decided on the item (approved or hidden it). */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    index('participation_reports_open_idx')
      .on(t.createdAt)
      .where(sql`resolved_at is null`),
    index('participation_reports_reporter_idx').on(t.reporterId),
  ],
);

export type IdeaRow = typeof participationIdeas.$inferSelect;
export type CommentRow = typeof participationComments.$inferSelect;
