import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { mailOutbox } from '../../../kernel/mail';
import { offsetOf, type PageRequest, type Paged } from './paging';

export interface MailListRow {
  id: number;
  toAddress: string;
  subject: string;
  status: string;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
}

export interface MailDetail extends MailListRow {
  textBody: string;
  /** Names of the files sent with it (their content stays in the outbox). */
  attachmentNames: string[];
  lastError: string | null;
  /** Role of the account with this address, null when there is none. */
  recipientRole: Role | null;
}

// Subqueries name the outer column in full: Drizzle writes single-table columns unqualified.
const recipientRole = sql<Role | null>`(select u.role from users u where u.email = lower("mail_outbox"."to_address") limit 1)`;

/** Mails to staff or admin accounts (see policies.canReadMail). */
const toStaff = sql`exists (select 1 from users u where u.email = lower("mail_outbox"."to_address") and u.role <> 'citizen')`;

const listColumns = {
  id: mailOutbox.id,
  toAddress: mailOutbox.toAddress,
  subject: mailOutbox.subject,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
};

export interface MailFilter {
  citizensOnly: boolean;
  status?: (typeof mailOutbox.$inferSelect)['status'] | undefined;
}

function mailConditions(filter: MailFilter): SQL | undefined {
  return and(filter.citizensOnly ? sql`not ${toStaff}` : undefined, filter.status ? eq(mailOutbox.status, filter.status) : undefined);
}

export async function listMails(db: Executor, filter: MailFilter, request: PageRequest): Promise<Paged<MailListRow>> {
  const where = mailConditions(filter);
  const rows = await db
    .select(listColumns)
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

export async function countMails(db: Executor, filter: MailFilter): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(mailConditions(filter));
  return row?.total ?? 0;
}

export async function findMail(db: Executor, id: number): Promise<MailDetail | undefined> {
  const [row] = await db
    .select({ ...listColumns, textBody: mailOutbox.textBody, attachments: mailOutbox.attachments, lastError: mailOutbox.lastError, recipientRole })
    .from(mailOutbox)
    .where(eq(mailOutbox.id, id))
    .limit(1);
  if (!row) return undefined;
  const { attachments, ...mail } = row;
  return { ...mail, attachmentNames: (attachments ?? []).map((attachment) => attachment.filename) };
}
