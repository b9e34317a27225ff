import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users, type CurrentUser } from '../../../kernel/auth';
import { preparedPerDatabase, type Executor } from '../../../kernel/db';
import { searchWords } from '../../../kernel/text-search';
import { applications } from '../tables';
import { OPEN_STATUSES, type ApplicationStatus } from '../workflow';
import type { InboxFilters } from './schemas';

export const INBOX_PAGE_SIZE = 50;
/** Counting every match of a broad filter over 100,000 rows costs more than the page itself: stop here. */
export const COUNT_CAP = 1_000;

export interface InboxRow {
  id: string;
  reference: string;
  serviceSlug: string;
  applicantName: string | null;
  status: ApplicationStatus;
  submittedAt: Date;
  dueAt: Date | null;
  assigneeName: string | null;
  overdue: boolean;
}

export interface InboxPage {
  rows: InboxRow[];
  /** Matches, capped at COUNT_CAP + 1 (the page says "mehr als 1.000"). */
  total: number;
  /** The page shown: the requested one, or the last one when the request went beyond the end. */
  page: number;
  pageCount: number;
}

const assignee = alias(users, 'assignee');
// Literals written into the statement, not parameters (Drizzle makes an array into `($1, $2, $3)`):
// the planner proves the partial index `applications_open_due_idx` from them in any plan. The
// statuses are the code's own constants, never input.
export const isOpen = sql`${applications.status} in (${sql.raw(OPEN_STATUSES.map((status) => `'${status}'`).join(', '))})`;
const param = (name: string) => sql.placeholder(name);

/**
 * One condition of the filter: its letter in the statement's shape, its SQL with placeholders, and
 * their values. The shape (which conditions apply, not their values) names the statement.
 */
type Condition = [shape: string, sql: SQL, values?: Record<string, unknown>];

/** Words as German prefix queries (`schwimmkur:*` finds "Schwimmkurse"), or a reference typed whole. */
function searchCondition(q: string): Condition {
  const words = searchWords(q);
  const reference = { reference: q.trim().toUpperCase() };
  if (words.length === 0) return ['r', eq(applications.reference, param('reference')), reference];
  const prefixes = words.map((_, index) => sql`to_tsquery('german', unaccent(${param(`word${index}`)}) || ':*')`);
  const values = Object.fromEntries(words.map((word, index) => [`word${index}`, word]));
  return [
    `q${words.length}`,
    sql`(${applications.search} @@ (${sql.join(prefixes, sql` && `)}) or ${applications.reference} = ${param('reference')})`,
    { ...values, ...reference },
  ];
}

/**
 * One placeholder per Fachbereich, not `= any($1)`: PostgreSQL 15 reads an index in order (newest
 * first, by deadline) only for `in (…)` and `=`, and one Fachbereich, the common case, is an `=`.
 * With `= any` the inbox of 100,000 Anträge sorted all of a Fachbereich's rows (PGlite 26 → 113 ms).
 */
function departmentCondition(departments: readonly string[]): Condition {
  const names = departments.map((_, index) => `department${index}`);
  return [`d${names.length}`, inArray(applications.departmentId, names.map(param)), Object.fromEntries(names.map((name, index) => [name, departments[index]]))];
}

function statusCondition(status: InboxFilters['status']): Condition {
  if (status === 'open') return ['o', isOpen];
  if (status === 'all') return ['a', ne(applications.status, 'draft')];
  return ['s', eq(applications.status, param('status')), { status }];
}

/** Berlin midnight of an ISO date: the day a citizen sees on the receipt. */
const berlinDay = (date: ReturnType<typeof param>) => sql`(${date}::date)::timestamp at time zone 'Europe/Berlin'`;

function inboxConditions(actor: CurrentUser, filters: InboxFilters): Condition[] {
  const assigneeFilter = filters.assignee;
  const conditions: (Condition | false | undefined)[] = [
    actor.role !== 'admin' && departmentCondition(actor.departments),
    statusCondition(filters.status),
    filters.service ? ['l', eq(applications.serviceSlug, param('service')), { service: filters.service }] : undefined,
    filters.submittedFrom ? ['f', gte(applications.submittedAt, berlinDay(param('from'))), { from: filters.submittedFrom }] : undefined,
    filters.submittedTo ? ['t', lt(applications.submittedAt, sql`${berlinDay(param('to'))} + interval '1 day'`), { to: filters.submittedTo }] : undefined,
    assigneeFilter === 'me' && ['m', eq(applications.assigneeId, param('me')), { me: actor.id }],
    assigneeFilter === 'none' && ['n', isNull(applications.assigneeId)],
    typeof assigneeFilter === 'object' && ['u', eq(applications.assigneeId, param('assignee')), { assignee: assigneeFilter.userId }],
    filters.overdue && ['v', sql`(${isOpen} and ${applications.dueAt} < now())`],
    filters.q ? searchCondition(filters.q) : undefined,
  ];
  return conditions.filter((condition): condition is Condition => Boolean(condition));
}

function buildInboxStatement(db: Executor, where: SQL | undefined, sort: InboxFilters['sort'], name: string) {
  const order = sort === 'due' ? [sql`${applications.dueAt} asc nulls last`, asc(applications.id)] : [desc(applications.submittedAt), asc(applications.id)];
  // Uncorrelated: PostgreSQL counts once per statement, not per row.
  const total = sql<number>`(select count(*)::int from (select 1 from ${applications} where ${where ?? sql`true`} limit ${COUNT_CAP + 1}) limited)`;
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      serviceSlug: applications.serviceSlug,
      applicantName: applications.applicantName,
      status: applications.status,
      submittedAt: applications.submittedAt,
      dueAt: applications.dueAt,
      assigneeName: assignee.displayName,
      overdue: sql<boolean>`(${isOpen} and ${applications.dueAt} < now())`,
      total,
    })
    .from(applications)
    .leftJoin(assignee, eq(assignee.id, applications.assigneeId))
    .where(where)
    .orderBy(...order)
    .limit(INBOX_PAGE_SIZE)
    .offset(param('offset'))
    .prepare(name);
}

type InboxStatement = ReturnType<typeof buildInboxStatement>;

/**
 * Building the inbox's statement cost more of a request's time than running it. It is built once per
 * shape and kept; the first MAX_SHAPES shapes of a process, since a staff member can combine the
 * filters in some thousand ways. Unnamed (''): PostgreSQL plans each execution for its values, as
 * the partial indexes and the department's share of the rows need; the cost saved is Drizzle's.
 */
const MAX_SHAPES = 64;
const statementsOf = preparedPerDatabase(() => new Map<string, InboxStatement>());

function inboxStatement(db: Executor, actor: CurrentUser, filters: InboxFilters): { statement: InboxStatement; values: Record<string, unknown> } {
  const conditions = inboxConditions(actor, filters);
  const shape = `${filters.sort}:${conditions.map(([letter]) => letter).join('')}`;
  const values = Object.assign({}, ...conditions.map(([, , conditionValues]) => conditionValues ?? {})) as Record<string, unknown>;
  const statements = statementsOf(db);
  let statement = statements.get(shape);
  if (!statement) {
    statement = buildInboxStatement(db, and(...conditions.map(([, condition]) => condition)), filters.sort, '');
    if (statements.size < MAX_SHAPES) statements.set(shape, statement);
  }
  return { statement, values };
}

const MAX_PAGE = COUNT_CAP / INBOX_PAGE_SIZE;
const pageCountOf = (total: number) => Math.max(1, Math.ceil(Math.min(total, COUNT_CAP) / INBOX_PAGE_SIZE));

/**
 * One page of the inbox and the capped number of matches, in one statement. Offset paging is bounded
 * by the capped count (at most COUNT_CAP / 50 pages); a page beyond the end (an old link, a list that
 * shrank) shows the last one, which costs one or two more statements.
 */
export async function inboxPage(db: Executor, actor: CurrentUser, filters: InboxFilters): Promise<InboxPage> {
  const { statement, values } = inboxStatement(db, actor, filters);
  const pageAt = async (page: number) => {
    const rows = await statement.execute({ ...values, offset: (page - 1) * INBOX_PAGE_SIZE });
    const total = rows[0]?.total ?? 0;
    return {
      rows: rows.map((row): InboxRow => ({
        id: row.id,
        reference: row.reference ?? '',
        serviceSlug: row.serviceSlug,
        applicantName: row.applicantName,
        status: row.status,
        submittedAt: row.submittedAt ?? new Date(0),
        dueAt: row.dueAt,
        assigneeName: row.assigneeName,
        overdue: row.overdue,
      })),
      total,
      page,
      pageCount: pageCountOf(total),
    };
  };
  const requested = await pageAt(Math.min(filters.page, MAX_PAGE));
  if (requested.rows.length > 0 || requested.page === 1) return requested;
  const first = await pageAt(1);
  return first.pageCount === 1 ? first : pageAt(first.pageCount);
}
