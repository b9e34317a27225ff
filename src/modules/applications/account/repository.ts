import { and, asc, desc, eq, inArray, isNull, sql, type AnyColumn } from 'drizzle-orm';
import { departments } from '../../../kernel/auth';
import { preparedPerDatabase, type Executor } from '../../../kernel/db';
import { OPEN_STATUSES, type ApplicationStatus } from '../workflow';
import { applicationEvents, applicationMessages, applications } from '../tables';

/** Event kinds a citizen may ever see; notes and assignments stay internal even if flagged wrongly. */
const APPLICANT_EVENT_KINDS = ['status', 'payment', 'bescheid'] as const;

export type EventRow = typeof applicationEvents.$inferSelect;
export type MessageRow = typeof applicationMessages.$inferSelect;
export type { FileRow } from '../attachments';
export { listPayments, type PaymentRow } from '../repository';

/** Drizzle leaves columns in raw SQL unqualified, so the correlated subquery names its tables itself. */
const unreadCount = sql<number>`(
  select count(*)::int from application_messages m
  where m.application_id = applications.id
    and m.direction = 'to_applicant'
    and m.read_at is null
)`;

/** The account's applications, newest activity first, with the number of unread messages. */
export async function listApplicationsOfApplicant(db: Executor, applicantId: string) {
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      serviceSlug: applications.serviceSlug,
      formVersionId: applications.formVersionId,
      status: applications.status,
      answers: applications.answers,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
      submittedAt: applications.submittedAt,
      closedAt: applications.closedAt,
      unread: unreadCount,
    })
    .from(applications)
    .where(eq(applications.applicantId, applicantId))
    .orderBy(desc(applications.updatedAt));
}

export type ApplicantListRow = Awaited<ReturnType<typeof listApplicationsOfApplicant>>[number];

/** `column = any($ids)`: one prepared statement for any number of applications. */
const amongIds = (column: AnyColumn) => sql`${column} = any(${sql.placeholder('applicationIds')})`;

const applicantEvents = preparedPerDatabase((db) =>
  db
    .select()
    .from(applicationEvents)
    .where(
      and(
        amongIds(applicationEvents.applicationId),
        eq(applicationEvents.visibleToApplicant, true),
        inArray(applicationEvents.kind, [...APPLICANT_EVENT_KINDS]),
      ),
    )
    .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id))
    .prepare('applicant_events'),
);

/** Status changes, payments and Bescheide the applicant may see, oldest first. */
export async function listApplicantEvents(db: Executor, applicationIds: readonly string[]): Promise<EventRow[]> {
  if (applicationIds.length === 0) return [];
  return applicantEvents(db).execute({ applicationIds });
}

const messagesOf = preparedPerDatabase((db) =>
  db
    .select()
    .from(applicationMessages)
    .where(amongIds(applicationMessages.applicationId))
    .orderBy(asc(applicationMessages.createdAt), asc(applicationMessages.id))
    .prepare('applicant_messages'),
);

/** The Postfach thread in both directions, newest last. */
export async function listMessages(db: Executor, applicationIds: readonly string[]): Promise<MessageRow[]> {
  if (applicationIds.length === 0) return [];
  return messagesOf(db).execute({ applicationIds });
}

/** Marks the department's messages as read once the applicant has seen them. */
export async function markMessagesRead(db: Executor, applicationId: string): Promise<void> {
  await db
    .update(applicationMessages)
    .set({ readAt: sql`now()` })
    .where(and(eq(applicationMessages.applicationId, applicationId), eq(applicationMessages.direction, 'to_applicant'), isNull(applicationMessages.readAt)));
}

export async function insertApplicantMessage(
  db: Executor,
  values: { applicationId: string; senderId: string | null; subject: string; body: string },
): Promise<MessageRow> {
  const [row] = await db
    .insert(applicationMessages)
    .values({ ...values, direction: 'from_applicant' })
    .returning();
  if (!row) throw new Error('message insert returned no row');
  return row;
}

/** Name and mailbox of the department that processes an application (the mailbox may be unset). */
export async function findDepartment(db: Executor, id: string): Promise<{ name: string; email: string | null } | null> {
  const [row] = await db.select({ name: departments.name, email: departments.email }).from(departments).where(eq(departments.id, id));
  return row ?? null;
}

/** Open → withdrawn as one atomic statement: a concurrent staff decision makes it return null. */
export async function markWithdrawn(db: Executor, id: string, retentionDays: number) {
  const [row] = await db
    .update(applications)
    .set({
      status: 'withdrawn',
      closedAt: sql`now()`,
      deleteAfter: sql`now() + make_interval(days => ${retentionDays})`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(applications.id, id), inArray(applications.status, [...OPEN_STATUSES])))
    .returning();
  return row ?? null;
}

export async function insertStatusEvent(db: Executor, values: { applicationId: string; fromStatus: string; toStatus: string; actorId: string }): Promise<void> {
  await db.insert(applicationEvents).values({ ...values, kind: 'status', visibleToApplicant: true });
}

/** Deletes a draft (files rows and messages cascade); false when it is no longer a draft. */
export async function deleteDraftRow(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .delete(applications)
    .where(and(eq(applications.id, id), eq(applications.status, 'draft')))
    .returning({ id: applications.id });
  return rows.length > 0;
}

/** Keeps "Meine Anträge" ordered by activity when the citizen writes. */
export async function touchApplication(db: Executor, id: string): Promise<void> {
  await db
    .update(applications)
    .set({ updatedAt: sql`now()` })
    .where(eq(applications.id, id));
}

/** How many Anträge of the account are in each status, for the card on "Mein Konto". */
export async function countApplicationsByStatus(db: Executor, applicantId: string): Promise<Array<{ status: ApplicationStatus; count: number }>> {
  return db
    .select({ status: applications.status, count: sql<number>`count(*)::int` })
    .from(applications)
    .where(eq(applications.applicantId, applicantId))
    .groupBy(applications.status);
}
