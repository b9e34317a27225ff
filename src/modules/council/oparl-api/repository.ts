import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { councilBodies, councilConsultationOrganizations, councilFiles, councilMeetingOrganizations, councilOrganizations } from '../tables';
import type { OparlKind } from './objects/common';
import type { ListParameters } from './params';

/** Which rows a list holds: a body's objects, an organization's meetings or consultations, or every body. */
export type ListScope =
  | { kind: 'body'; bodyId: string }
  | { kind: 'organization-meetings'; organizationId: string }
  | { kind: 'organization-consultations'; organizationId: string }
  | { kind: 'all' };

function scopeCondition(kind: OparlKind, scope: ListScope): SQL | undefined {
  const table = kind.table;
  switch (scope.kind) {
    case 'body':
      return sql`${table}.body_id = ${scope.bodyId}`;
    case 'organization-meetings':
      return sql`exists (select 1 from ${councilMeetingOrganizations} where ${councilMeetingOrganizations.meetingId} = ${table}.id and ${councilMeetingOrganizations.organizationId} = ${scope.organizationId})`;
    case 'organization-consultations':
      return sql`exists (select 1 from ${councilConsultationOrganizations} where ${councilConsultationOrganizations.consultationId} = ${table}.id and ${councilConsultationOrganizations.organizationId} = ${scope.organizationId})`;
    case 'all':
      return undefined;
  }
}

/**
 * The conditions of a list without its page: scope, public visibility, the date filters, and deleted
 * objects only with `modified_since` (spec 2.5: a client updating its copy learns what was deleted;
 * without it they must not be listed).
 */
function listConditions(kind: OparlKind, scope: ListScope, parameters: ListParameters): SQL | undefined {
  const table = kind.table;
  return and(
    scopeCondition(kind, scope),
    kind.visible,
    parameters.modifiedSince ? sql`${table}.modified >= ${parameters.modifiedSince.toISOString()}::timestamptz` : sql`not ${table}.deleted`,
    parameters.modifiedUntil ? sql`${table}.modified <= ${parameters.modifiedUntil.toISOString()}::timestamptz` : undefined,
    parameters.createdSince ? sql`${table}.created >= ${parameters.createdSince.toISOString()}::timestamptz` : undefined,
    parameters.createdUntil ? sql`${table}.created <= ${parameters.createdUntil.toISOString()}::timestamptz` : undefined,
  );
}

export interface PageRow {
  id: string;
  /** (modified, id) of the row, `modified` in UTC to the microsecond: the next page begins after it. */
  cursor: string;
}

/**
 * One page in a stable order, (modified, id), read by keyset from the tables' (body, modified, id)
 * index, so a page deep in 100,000 papers costs what the first does; one row more than the page tells
 * whether another page follows. Paging back (`before`) reads the index backwards: the rows come last
 * first, and `size` rows (the last page is shorter than the others).
 */
export async function listPage(db: Executor, kind: OparlKind, scope: ListScope, parameters: ListParameters, size = parameters.limit): Promise<PageRow[]> {
  const table = kind.table;
  const { after, before } = parameters;
  const keyset = after
    ? sql`(${table}.modified, ${table}.id) > (${after.modified}::timestamptz, ${after.id}::uuid)`
    : before && before !== 'end'
      ? sql`(${table}.modified, ${table}.id) < (${before.modified}::timestamptz, ${before.id}::uuid)`
      : undefined;
  const direction = before ? sql`desc` : sql`asc`;
  return queryRows<PageRow>(
    db,
    sql`select ${table}.id as id, to_char(${table}.modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z_"') || ${table}.id as cursor
        from ${table} where ${and(listConditions(kind, scope, parameters), keyset) ?? sql`true`}
        order by ${table}.modified ${direction}, ${table}.id ${direction} limit ${size + 1}`,
  );
}

export async function countList(db: Executor, kind: OparlKind, scope: ListScope, parameters: ListParameters): Promise<number> {
  const [row] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from ${kind.table} where ${listConditions(kind, scope, parameters) ?? sql`true`}`,
  );
  return Number(row?.total ?? 0);
}

/** The id if the object exists and the public may see it (deleted ones included: they answer with their remains). */
export async function isVisible(db: Executor, kind: OparlKind, id: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select ${kind.table}.id as id from ${kind.table} where ${and(sql`${kind.table}.id = ${id}`, kind.visible)}`,
  );
  return rows.length > 0;
}

export async function bodyExists(db: Executor, bodyId: string): Promise<boolean> {
  return (await db.select({ id: councilBodies.id }).from(councilBodies).where(eq(councilBodies.id, bodyId))).length > 0;
}

export async function organizationExists(db: Executor, organizationId: string): Promise<boolean> {
  return (await db.select({ id: councilOrganizations.id }).from(councilOrganizations).where(eq(councilOrganizations.id, organizationId))).length > 0;
}

/** The System's own created and modified: those of its oldest body and of its most recent change of a body. */
export async function systemTimes(db: Executor): Promise<{ created: Date | null; modified: Date | null }> {
  const [row] = await db
    .select({ created: sql<string | null>`min(${councilBodies.created})`, modified: sql<string | null>`max(${councilBodies.modified})` })
    .from(councilBodies);
  return { created: row?.created ? new Date(row.created) : null, modified: row?.modified ? new Date(row.modified) : null };
}

/** A public file's row for serving its bytes. */
export async function publicFile(db: Executor, fileId: string) {
  const [row] = await db
    .select({
      id: councilFiles.id,
      deleted: councilFiles.deleted,
      storageKey: councilFiles.storageKey,
      fileName: councilFiles.fileName,
      name: councilFiles.name,
      mimeType: councilFiles.mimeType,
      size: councilFiles.size,
      modified: councilFiles.modified,
      sha1Checksum: councilFiles.sha1Checksum,
    })
    .from(councilFiles)
    .where(and(eq(councilFiles.id, fileId), eq(councilFiles.public, true)));
  return row;
}
