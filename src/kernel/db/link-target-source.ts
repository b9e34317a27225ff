import { and, asc, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { LinkTarget, LinkTargetSource } from '../module';

/** Longest search text looked at: the staff's search field is for a few words of a title. */
const MAX_QUERY = 100;
/** Most ids asked for at once: a measure names a handful of objects, never thousands. */
const MAX_IDS = 500;

export interface LinkTargetSpec {
  kind: string;
  label: string;
  table: PgTable;
  /** The id the cockpit stores (text or uuid column). */
  id: PgColumn;
  title: PgColumn;
  /** The column the object's page is addressed by (its slug or name) and how that becomes the page. */
  pathKey: PgColumn;
  href: (key: string) => string;
  /** Only public objects (published, not deleted); omit when every row has a public page. */
  visible?: SQL;
  /** Every table the queries read (the cockpit's public measure pages are cached until one changes). */
  tables: readonly string[];
}

/** `%` and `_` typed by a person are matched literally, not as LIKE wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}

/** A uuid column compared with a text that is not one would fail in PostgreSQL: such ids cannot exist. */
function idsOfType(column: PgColumn, ids: readonly string[]): string[] {
  const bounded = [...new Set(ids)].slice(0, MAX_IDS);
  if (column.columnType !== 'PgUUID') return bounded;
  return bounded.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
}

/**
 * A module's `linkTargets` entry (kernel/module.ts) from its table's columns: `find` is a bounded
 * case-insensitive search inside the titles of public objects, A–Z in German order, at most `limit`;
 * `byIds` answers the public objects of those ids that still exist.
 */
export function linkTargetSource(spec: LinkTargetSpec): LinkTargetSource {
  const columns = { id: sql<string>`${spec.id}::text`, title: spec.title, key: spec.pathKey };
  const toTarget = (row: { id: string; title: unknown; key: unknown }): LinkTarget => ({
    id: row.id,
    title: String(row.title),
    href: spec.href(String(row.key)),
  });
  return {
    kind: spec.kind,
    label: spec.label,
    tables: spec.tables,
    find: async (query, limit, { db }) => {
      const words = query.trim().slice(0, MAX_QUERY);
      if (!words || limit < 1) return [];
      const rows = await db
        .select(columns)
        .from(spec.table)
        .where(and(sql`${spec.title} ilike ${containsPattern(words)}`, spec.visible))
        .orderBy(asc(sql`${spec.title} collate "und-x-icu"`))
        .limit(Math.min(limit, 50));
      return rows.map(toTarget);
    },
    byIds: async (ids, { db }) => {
      const wanted = idsOfType(spec.id, ids);
      if (wanted.length === 0) return [];
      const rows = await db
        .select(columns)
        .from(spec.table)
        .where(and(inArray(spec.id, wanted), spec.visible));
      return rows.map(toTarget);
    },
  };
}
