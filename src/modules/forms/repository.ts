import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db';
import type { FormDefinition } from './definition';
import { formVersions, type FormVersionStatus } from './tables';

export interface FormVersion {
  id: string;
  formKey: string;
  version: number;
  status: FormVersionStatus;
  definition: FormDefinition;
  publishedAt: Date | null;
  source: 'manual' | 'fim';
  importReport: string[] | null;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: formVersions.id,
  formKey: formVersions.formKey,
  version: formVersions.version,
  status: formVersions.status,
  definition: formVersions.definition,
  publishedAt: formVersions.publishedAt,
  source: formVersions.source,
  importReport: formVersions.importReport,
  createdAt: formVersions.createdAt,
  updatedAt: formVersions.updatedAt,
};

async function first(query: Promise<FormVersion[]>): Promise<FormVersion | null> {
  return (await query)[0] ?? null;
}

/** The version citizens fill in now. */
export function findPublishedForm(db: Executor, formKey: string): Promise<FormVersion | null> {
  return first(
    db
      .select(columns)
      .from(formVersions)
      .where(and(eq(formVersions.formKey, formKey), eq(formVersions.status, 'published')))
      .limit(1),
  );
}

/**
 * Published and superseded versions never change (ADR 10) and every page of an Antrag needs its
 * version: they are kept in process after the first read. Only `status` can move on (published →
 * superseded); callers that care about the current status use findPublishedForm or findVersionByNumber.
 */
const immutableVersions = new Map<string, FormVersion>();
const CACHED_VERSIONS_MAX = 500;

export async function findFormVersion(db: Executor, id: string): Promise<FormVersion | null> {
  const cached = immutableVersions.get(id);
  if (cached) return cached;
  const version = await first(db.select(columns).from(formVersions).where(eq(formVersions.id, id)).limit(1));
  if (version && version.status !== 'draft') {
    if (immutableVersions.size >= CACHED_VERSIONS_MAX) immutableVersions.clear();
    immutableVersions.set(id, version);
  }
  return version;
}

export function findVersionByNumber(db: Executor, formKey: string, version: number): Promise<FormVersion | null> {
  return first(
    db
      .select(columns)
      .from(formVersions)
      .where(and(eq(formVersions.formKey, formKey), eq(formVersions.version, version)))
      .limit(1),
  );
}

/** The form's draft; `forUpdate` locks it for the transaction (edits and publishing of one draft run one after the other). */
export function findDraft(db: Executor, formKey: string, options: { forUpdate?: boolean } = {}): Promise<FormVersion | null> {
  const query = db
    .select(columns)
    .from(formVersions)
    .where(and(eq(formVersions.formKey, formKey), eq(formVersions.status, 'draft')))
    .limit(1);
  return first(options.forUpdate ? query.for('update') : query);
}

/** The newest version of a form, whatever its status. */
export function findLatestVersion(db: Executor, formKey: string): Promise<FormVersion | null> {
  return first(db.select(columns).from(formVersions).where(eq(formVersions.formKey, formKey)).orderBy(desc(formVersions.version)).limit(1));
}

/** How many forms have a draft (at most one each): "Meine Aufgaben" of form editors. */
export async function countDrafts(db: Executor): Promise<number> {
  const [row] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(formVersions)
    .where(eq(formVersions.status, 'draft'));
  return row?.value ?? 0;
}

export interface VersionListEntry {
  version: number;
  status: FormVersionStatus;
  title: string;
  source: 'manual' | 'fim';
  publishedAt: Date | null;
  updatedAt: Date;
}

/** Every version of a form, newest first, without the definitions. */
export function listVersions(db: Executor, formKey: string): Promise<VersionListEntry[]> {
  return db
    .select({
      version: formVersions.version,
      status: formVersions.status,
      title: sql<string>`${formVersions.definition}->>'title'`,
      source: formVersions.source,
      publishedAt: formVersions.publishedAt,
      updatedAt: formVersions.updatedAt,
    })
    .from(formVersions)
    .where(eq(formVersions.formKey, formKey))
    .orderBy(desc(formVersions.version));
}

export interface FormListEntry {
  formKey: string;
  /** Title of the newest version. */
  title: string;
  publishedVersion: number | null;
  hasDraft: boolean;
}

/** All forms with their newest title, the published version and whether a draft exists. */
export async function listForms(db: Executor): Promise<FormListEntry[]> {
  const rows = await db
    .select({
      formKey: formVersions.formKey,
      version: formVersions.version,
      status: formVersions.status,
      title: sql<string>`${formVersions.definition}->>'title'`,
    })
    .from(formVersions)
    .orderBy(asc(formVersions.formKey), desc(formVersions.version));
  const forms = new Map<string, FormListEntry>();
  for (const row of rows) {
    const entry = forms.get(row.formKey) ?? { formKey: row.formKey, title: row.title, publishedVersion: null, hasDraft: false };
    if (row.status === 'published') entry.publishedVersion = row.version;
    if (row.status === 'draft') entry.hasDraft = true;
    forms.set(row.formKey, entry);
  }
  return [...forms.values()];
}

/** A new draft numbered after the form's newest version, in one statement (the unique constraints stop a second draft or a number taken twice). */
export async function insertDraft(
  db: Executor,
  values: { formKey: string; definition: FormDefinition; source: 'manual' | 'fim'; importReport: string[] | null; createdBy: string | null },
): Promise<FormVersion> {
  const next = sql<number>`(select coalesce(max(${formVersions.version}), 0) + 1 from ${formVersions} where ${formVersions.formKey} = ${values.formKey})`;
  const [row] = await db
    .insert(formVersions)
    .values({ ...values, version: next, status: 'draft' })
    .returning(columns);
  if (!row) throw new Error('insert into form_versions returned no row');
  return row;
}

/**
 * Changes a draft's definition. Only drafts: published and superseded versions never change, since
 * applications point at them. Returns null when the version is not (or no longer) a draft.
 */
export async function updateDraft(
  db: Executor,
  id: string,
  changes: { definition: FormDefinition; source?: 'manual' | 'fim'; importReport?: string[] | null },
): Promise<FormVersion | null> {
  const [row] = await db
    .update(formVersions)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(formVersions.id, id), eq(formVersions.status, 'draft')))
    .returning(columns);
  return row ?? null;
}

/** The published version becomes superseded and the draft published; run in one transaction. Returns null when `id` is no draft. */
export async function publishDraftVersion(db: Executor, id: string, formKey: string, publishedBy: string): Promise<FormVersion | null> {
  await db
    .update(formVersions)
    .set({ status: 'superseded', updatedAt: sql`now()` })
    .where(and(eq(formVersions.formKey, formKey), eq(formVersions.status, 'published')));
  const [row] = await db
    .update(formVersions)
    .set({ status: 'published', publishedBy, publishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(formVersions.id, id), eq(formVersions.status, 'draft')))
    .returning(columns);
  return row ?? null;
}

/** The form versions a person drafted or published (for "Meine Daten"). */
export function listVersionsByEditor(db: Executor, userId: string): Promise<Array<{ formKey: string; version: number; created: boolean; published: boolean }>> {
  return db
    .select({
      formKey: formVersions.formKey,
      version: formVersions.version,
      created: sql<boolean>`${formVersions.createdBy} is not distinct from ${userId}`,
      published: sql<boolean>`${formVersions.publishedBy} is not distinct from ${userId}`,
    })
    .from(formVersions)
    .where(sql`${formVersions.createdBy} = ${userId} or ${formVersions.publishedBy} = ${userId}`)
    .orderBy(asc(formVersions.formKey), asc(formVersions.version));
}

/** Removes a person from the versions they drafted or published; returns how many versions named them. */
export async function forgetEditor(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .update(formVersions)
    .set({
      createdBy: sql`case when ${formVersions.createdBy} = ${userId} then null else ${formVersions.createdBy} end`,
      publishedBy: sql`case when ${formVersions.publishedBy} = ${userId} then null else ${formVersions.publishedBy} end`,
    })
    .where(sql`${formVersions.createdBy} = ${userId} or ${formVersions.publishedBy} = ${userId}`)
    .returning({ id: formVersions.id });
  return rows.length;
}
