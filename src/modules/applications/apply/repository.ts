import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import type { Answers } from '../../forms';
import type { ApplicationRow } from '../repository';
import { applicationEvents, applications } from '../tables';

export type NewDraft = Pick<
  typeof applications.$inferInsert,
  | 'serviceSlug'
  | 'departmentId'
  | 'formVersionId'
  | 'applicantId'
  | 'guestEmail'
  | 'guestTokenHash'
  | 'guestTokenExpiresAt'
  | 'applicantName'
  | 'applicantEmail'
>;

export async function insertDraft(tx: Executor, draft: NewDraft): Promise<ApplicationRow> {
  const [row] = await tx.insert(applications).values(draft).returning();
  return row!;
}

/**
 * Only drafts take answers: a submitted application never changes through the apply pages. The
 * fee follows the answers, so a payment started from the draft asks for what they cost now.
 */
export async function saveDraftAnswers(tx: Executor, id: string, answers: Answers, feeCents: number): Promise<boolean> {
  const rows = await tx
    .update(applications)
    .set({ answers, feeCents, updatedAt: sql`now()` })
    .where(and(eq(applications.id, id), eq(applications.status, 'draft')))
    .returning({ id: applications.id });
  return rows.length === 1;
}

/** A guest's application by the hash of its resume link, while the link is valid. */
export async function findByGuestToken(db: Executor, tokenHash: string, now: Date): Promise<ApplicationRow | null> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.guestTokenHash, tokenHash), gt(applications.guestTokenExpiresAt, now)));
  return row ?? null;
}

export interface Submission {
  reference: string;
  submittedAt: Date;
  dueAt: Date;
  feeCents: number;
  applicantName: string | null;
  /** Words for the back-office search: applicant, service, answers. */
  searchText: string;
  /** Guests: the hash and expiry of the new link to status and messages (replaces the resume link). */
  guestLink?: { hash: string; expiresAt: Date };
}

/** Moves a locked draft to `submitted`; the search document and a guest's new link go in the same statement (one row version). */
export async function markSubmitted(tx: Executor, id: string, submission: Submission): Promise<ApplicationRow> {
  const [row] = await tx
    .update(applications)
    .set({
      status: 'submitted',
      reference: submission.reference,
      submittedAt: submission.submittedAt,
      dueAt: submission.dueAt,
      feeCents: submission.feeCents,
      applicantName: submission.applicantName,
      search: sql`to_tsvector('german', unaccent(${submission.reference} || ' ' || ${submission.searchText}))`,
      ...(submission.guestLink ? { guestTokenHash: submission.guestLink.hash, guestTokenExpiresAt: submission.guestLink.expiresAt } : {}),
      updatedAt: sql`now()`,
    })
    .where(and(eq(applications.id, id), eq(applications.status, 'draft')))
    .returning();
  return row!;
}

export async function insertSubmittedEvent(tx: Executor, applicationId: string, actorId: string | null): Promise<void> {
  await tx.insert(applicationEvents).values({ applicationId, kind: 'status', fromStatus: 'draft', toStatus: 'submitted', actorId, visibleToApplicant: true });
}
