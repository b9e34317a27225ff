import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth';
import { libraryItems } from './catalogue';

/**
 * A reader (Leserin, Leser) of the built-in lending system: the library card (Ausweis) with its
 * number and PIN. `user_id` links the card to a portal account once; then the portal login is
 * enough. The PIN is stored only as an argon2id hash.
 */
export const libraryReaders = pgTable('library_readers', {
  id: uuid('id').primaryKey().defaultRandom(),
  cardNumber: text('card_number').notNull().unique('library_readers_card_number_key'),
  pinHash: text('pin_hash').notNull(),
  name: text('name').notNull(),
  /** Where reminders and hold notices go; the linked account's address when there is none. */
  email: text('email'),
  userId: uuid('user_id')
    .unique('library_readers_user_id_key')
    .references(() => users.id, { onDelete: 'set null' }),
  expiresOn: date('expires_on').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A reader logged in with card number and PIN (no portal account): the cookie holds the token, the row its hash. */
export const libraryReaderSessions = pgTable(
  'library_reader_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    readerId: uuid('reader_id')
      .notNull()
      .references(() => libraryReaders.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('library_reader_sessions_reader_idx').on(t.readerId)],
);

/**
 * An open loan of one copy. A copy is lent at most once at a time: the unique index on `item_id`
 * makes two desks lending the same copy at once fail instead of both succeeding. A return deletes
 * the row: the library keeps no reading history (the audit log records the desk's action).
 */
export const libraryLoans = pgTable(
  'library_loans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => libraryItems.id, { onDelete: 'cascade' }),
    readerId: uuid('reader_id')
      .notNull()
      .references(() => libraryReaders.id, { onDelete: 'cascade' }),
    lentAt: timestamp('lent_at', { withTimezone: true }).notNull().defaultNow(),
    dueOn: date('due_on').notNull(),
    renewals: smallint('renewals').notNull().default(0),
  },
  (t) => [uniqueIndex('library_loans_item_key').on(t.itemId), index('library_loans_reader_idx').on(t.readerId), index('library_loans_due_idx').on(t.dueOn)],
);

/**
 * A hold (Vormerkung), queued per copy: the queue position is the order of `created_at` among the
 * copy's holds. `ready_at` is set when the copy came back for this reader (notified by e-mail);
 * lending it to them removes the hold.
 */
export const libraryHolds = pgTable(
  'library_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => libraryItems.id, { onDelete: 'cascade' }),
    readerId: uuid('reader_id')
      .notNull()
      .references(() => libraryReaders.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readyAt: timestamp('ready_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('library_holds_item_reader_key').on(t.itemId, t.readerId), index('library_holds_reader_idx').on(t.readerId)],
);

export const FEE_REASONS = ['overdue', 'lost', 'damaged', 'card', 'other'] as const;
export type FeeReason = (typeof FEE_REASONS)[number];

/** A fee (Gebühr) charged at the desk; settled when `paid_at` is set. Amounts in cents. */
export const libraryFees = pgTable(
  'library_fees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    readerId: uuid('reader_id')
      .notNull()
      .references(() => libraryReaders.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: FEE_REASONS }).notNull(),
    /** What the fee is for, e.g. the title of an overdue copy. */
    description: text('description').notNull().default(''),
    amountCents: integer('amount_cents').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (t) => [check('library_fees_amount_check', sql`${t.amountCents} > 0`), index('library_fees_reader_idx').on(t.readerId)],
);

export const REMINDER_KINDS = ['due_soon', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Which reminder went out for which loan: the primary key makes each one go out once, even with two workers. */
export const libraryLoanReminders = pgTable(
  'library_loan_reminders',
  {
    loanId: uuid('loan_id')
      .notNull()
      .references(() => libraryLoans.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.loanId, t.kind] })],
);

export type LibraryReader = typeof libraryReaders.$inferSelect;
export type LibraryLoan = typeof libraryLoans.$inferSelect;
export type LibraryHold = typeof libraryHolds.$inferSelect;
export type LibraryFee = typeof libraryFees.$inferSelect;
