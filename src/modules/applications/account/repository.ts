import { and, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { departments } from '../../../kernel/auth';
import { jsonList, LISTS_ONLY, preparedPerDatabase, type Executor } from '../../../kernel/db';
import { filesList, type FileRow } from '../attachments';
import { paymentsList, type ApplicationRow, type PaymentRow } from '../repository';
import { OPEN_STATUSES, type ApplicationStatus } from '../workflow';
import { applicationEvents, applicationMessages, applications } from '../tables';
import { isUuid } from '../../../kernel/http';

/** Event kinds a citizen may ever see; notes and assignments stay internal even if flagged wrongly. */
const APPLICANT_EVENT_KINDS = ['status', 'payment', 'bescheid'] as const;

export type EventRow = typeof applicationEvents.$inferSelect;
export type MessageRow = typeof applicationMessages.$inferSelect;
export type { FileRow, PaymentRow };

/** Drizzle leaves columns in raw SQL unqualified, so the correlated subquery names its tables itself. */
const unreadCount = sql<number>`(
  select count(*)::int from application_messages m
  where m.application_id = applications.id
    and m.direction = 'to_applicant'
    and m.read_at is null
)`;

// Meine Anträge reads it on every view: prepared once (ADR 16).
const applicationsOfApplicant = preparedPerDatabase((db) =>
  db
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
    .where(eq(applications.applicantId, sql.placeholder('applicantId')))
    .orderBy(desc(applications.updatedAt))
    .prepare('applications_of_applicant'),
);

/** The account's applications, newest activity first, with the number of unread messages. */
export function listApplicationsOfApplicant(db: Executor, applicantId: string) {
  return applicationsOfApplicant(db).execute({ applicantId });
}

export type ApplicantListRow = Awaited<ReturnType<typeof listApplicationsOfApplicant>>[number];

export interface ApplicantRecords {
  /** Status changes, payments and Bescheide the applicant may see, oldest first. */
  events: EventRow[];
  /** The Postfach thread in both directions, newest last. */
  messages: MessageRow[];
  files: FileRow[];
  payments: PaymentRow[];
}

/** The four lists the applicant sees of the applications `ids` (an SQL array), as values of one select. */
function applicantLists(ids: SQL) {
  const events = jsonList<EventRow>(
    getTableColumns(applicationEvents),
    sql`from ${applicationEvents} where ${applicationEvents.applicationId} = any(${ids}) and ${applicationEvents.visibleToApplicant}
        and ${inArray(applicationEvents.kind, [...APPLICANT_EVENT_KINDS])}`,
    sql`${applicationEvents.createdAt}, ${applicationEvents.id}`,
  );
  const messages = jsonList<MessageRow>(
    getTableColumns(applicationMessages),
    sql`from ${applicationMessages} where ${applicationMessages.applicationId} = any(${ids})`,
    sql`${applicationMessages.createdAt}, ${applicationMessages.id}`,
  );
  return { events, messages, files: filesList(ids), payments: paymentsList(ids) };
}

// "Meine Daten" reads the four lists of all the account's applications: one prepared statement (kernel/db/json-list.ts).
const applicantRecordsOf = preparedPerDatabase((db) =>
  db
    .select(applicantLists(sql`${sql.placeholder('applicationIds')}`))
    .from(LISTS_ONLY)
    .prepare('applicant_records'),
);

/** What the applicant sees of these applications besides their answers, in one round trip. */
export async function applicantRecords(db: Executor, applicationIds: readonly string[]): Promise<ApplicantRecords> {
  if (applicationIds.length === 0) return { events: [], messages: [], files: [], payments: [] };
  const [row] = await applicantRecordsOf(db).execute({ applicationIds });
  return row!;
}

/**
 * Every view of an applicant's Antrag reads the application and its four lists: one prepared
 * statement, since on PGlite every statement costs about 0.5 ms of the database thread however
 * small. The lists take the id as a parameter of their own (Drizzle leaves the outer row's columns
 * unqualified in a select from one table).
 */
const applicationWithApplicantRecords = preparedPerDatabase((db) =>
  db
    .select({ application: applications, ...applicantLists(sql`${sql.placeholder('applicationIds')}`) })
    .from(applications)
    .where(eq(applications.id, sql.placeholder('id')))
    .prepare('application_with_applicant_records'),
);

/**
 * An application with what its applicant sees of it, or null (also for malformed ids). The caller
 * checks that the viewer may see it before anything of it is used (`loadViewedRecord`).
 */
export async function findApplicationWithApplicantRecords(db: Executor, id: string): Promise<({ application: ApplicationRow } & ApplicantRecords) | null> {
  if (!isUuid(id)) return null;
  const [row] = await applicationWithApplicantRecords(db).execute({ id, applicationIds: [id] });
  return row ?? null;
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
