import { and, asc, eq, getTableColumns, inArray, lt, sql } from 'drizzle-orm';
import { userDepartments, userPermissions, users } from '../../../kernel/auth';
import { cachedQuery, jsonList, preparedPerDatabase, type Executor } from '../../../kernel/db';
import { filesList, type FileRow } from '../attachments';
import { paymentsList, type ApplicationRow, type PaymentRow } from '../repository';
import { PROCESS_PERMISSION } from '../policies';
import { applicationEvents, applicationFiles, applicationMessages, applications } from '../tables';
import { CLOSED_STATUSES, type ApplicationStatus } from '../workflow';
import { isOpen } from './inbox-query';
import { isUuid } from '../../../kernel/http';

export type { PaymentRow };

export interface Colleague {
  id: string;
  displayName: string;
}

/**
 * Who processes applications: staff holding the permission, and admins, who belong to one of the
 * departments (all departments when `departmentIds` is undefined, for an admin's inbox filter).
 */
export function listColleagues(db: Executor, departmentIds: readonly string[] | undefined): Promise<readonly Colleague[]> {
  return colleaguesOf(db, departmentIds ? JSON.stringify([...departmentIds].sort()) : ALL_DEPARTMENTS);
}

const ALL_DEPARTMENTS = '*';

/** Every inbox and detail page lists them: kept in memory until a person, Fachbereich or permission changes. */
const colleaguesOf = cachedQuery({ tables: ['users', 'user_departments', 'user_permissions'], maxEntries: 500 }, (db, key): Promise<readonly Colleague[]> => {
  const departmentIds = key === ALL_DEPARTMENTS ? undefined : (JSON.parse(key) as string[]);
  const inDepartments = departmentIds ? sql`and ${userDepartments.departmentId} in ${departmentIds.length ? departmentIds : ['']}` : sql``;
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      sql`exists (select 1 from ${userDepartments} where ${userDepartments.userId} = ${users.id} ${inDepartments})
          and (${users.role} = 'admin' or (${users.role} = 'staff' and exists (select 1 from ${userPermissions} where ${userPermissions.userId} = ${users.id} and ${userPermissions.permission} = ${PROCESS_PERMISSION})))`,
    )
    .orderBy(sql`${users.displayName} collate "und-x-icu"`);
});

export type EventRow = typeof applicationEvents.$inferSelect & { actorName: string | null };
export type MessageRow = typeof applicationMessages.$inferSelect & { senderName: string | null };

export interface StaffRecords {
  files: FileRow[];
  /** The whole history with who did it, oldest first. */
  events: EventRow[];
  /** The Postfach thread with who wrote it, oldest first. */
  messages: MessageRow[];
  payments: PaymentRow[];
  assigneeName: string | null;
}

/**
 * The detail page reads the application, its four lists and the assignee's name: one prepared
 * statement (kernel/db/json-list.ts), since on PGlite every statement costs about 0.5 ms of the
 * database thread however small it is. Each list is a subquery of its own, so each can join the
 * users table for a name; they take the id as a parameter of their own rather than from the outer
 * row, whose columns Drizzle leaves unqualified in a select from one table.
 */
const applicationWithStaffRecords = preparedPerDatabase((db) => {
  const ids = sql`${sql.placeholder('applicationIds')}`;
  const events = jsonList<EventRow>(
    { ...getTableColumns(applicationEvents), actorName: users.displayName },
    sql`from ${applicationEvents} left join ${users} on ${users.id} = ${applicationEvents.actorId} where ${applicationEvents.applicationId} = any(${ids})`,
    sql`${applicationEvents.createdAt}, ${applicationEvents.id}`,
  );
  const messages = jsonList<MessageRow>(
    { ...getTableColumns(applicationMessages), senderName: users.displayName },
    sql`from ${applicationMessages} left join ${users} on ${users.id} = ${applicationMessages.senderId} where ${applicationMessages.applicationId} = any(${ids})`,
    sql`${applicationMessages.createdAt}, ${applicationMessages.id}`,
  );
  // Nested, so Drizzle qualifies its columns: in a select from one table it leaves top-level ones bare.
  const assigneeName = sql<string | null>`(${sql`select ${users.displayName} from ${users} where ${users.id} = ${applications.assigneeId}`})`;
  return db
    .select({ application: applications, files: filesList(ids), events, messages, payments: paymentsList(ids), assigneeName })
    .from(applications)
    .where(eq(applications.id, sql.placeholder('id')))
    .prepare('application_with_staff_records');
});

/**
 * An Antrag with its files, history, messages, payments and assignee for the detail page, in one
 * round trip; null when there is none (or the id is malformed). The caller checks who may see it
 * before anything of it leaves the use case (`loadDetail`).
 */
export async function findApplicationWithStaffRecords(db: Executor, id: string): Promise<({ application: ApplicationRow } & StaffRecords) | null> {
  if (!isUuid(id)) return null;
  const [row] = await applicationWithStaffRecords(db).execute({ id, applicationIds: [id] });
  return row ?? null;
}

export interface ExpiredApplication {
  id: string;
  reference: string | null;
  serviceSlug: string;
  status: ApplicationStatus;
  closedAt: Date | null;
}

/** Closed applications past their deletion date, oldest first; `limit` keeps one batch small (index on delete_after). */
export function listExpiredApplications(db: Executor, limit: number): Promise<ExpiredApplication[]> {
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      serviceSlug: applications.serviceSlug,
      status: applications.status,
      closedAt: applications.closedAt,
    })
    .from(applications)
    .where(and(lt(applications.deleteAfter, sql`now()`), inArray(applications.status, [...CLOSED_STATUSES])))
    .orderBy(asc(applications.deleteAfter))
    .limit(limit);
}

/** A message from the department into the applicant's Postfach. */
export async function insertMessage(db: Executor, values: { applicationId: string; senderId: string; subject: string; body: string }): Promise<MessageRow> {
  const [row] = await db
    .insert(applicationMessages)
    .values({ ...values, direction: 'to_applicant' })
    .returning();
  if (!row) throw new Error('insert into application_messages returned no row');
  return { ...row, senderName: null };
}

/** The Bescheid PDF belongs to the Postfach message that delivers it (kind stays `bescheid`). */
export async function attachFileToMessage(db: Executor, fileId: string, messageId: string): Promise<void> {
  await db.update(applicationFiles).set({ messageId }).where(eq(applicationFiles.id, fileId));
}

export interface StaffTaskCounts {
  assignedToMe: number;
  overdue: number;
  newUnassigned: number;
}

/**
 * What waits for one person in the given departments (undefined: every department, as in an
 * admin's inbox), in one pass over the open applications (index applications_inbox_idx): assigned
 * to them, overdue, and new ("Eingegangen") without anyone.
 */
export async function countStaffTasks(db: Executor, userId: string, departmentIds: readonly string[] | undefined): Promise<StaffTaskCounts> {
  if (departmentIds?.length === 0) return { assignedToMe: 0, overdue: 0, newUnassigned: 0 };
  const [row] = await db
    .select({
      assignedToMe: sql<number>`(count(*) filter (where ${applications.assigneeId} = ${userId}))::int`,
      overdue: sql<number>`(count(*) filter (where ${applications.dueAt} < now()))::int`,
      newUnassigned: sql<number>`(count(*) filter (where ${applications.status} = 'submitted' and ${applications.assigneeId} is null))::int`,
    })
    .from(applications)
    .where(and(departmentIds ? inArray(applications.departmentId, [...departmentIds]) : undefined, isOpen));
  return row ?? { assignedToMe: 0, overdue: 0, newUnassigned: 0 };
}
