import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { PROJECT_ROOT } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import { storageKeyFor, type FileStore } from '../../../kernel/files';
import { councilConsultations, councilFiles, councilLegislativeTerms, councilMemberships, councilPapers } from '../tables';
import type { CouncilFixture } from '../test-support';

const SCHEMA_DIR = join(PROJECT_ROOT, 'tests/fixtures/oparl/schema');

/**
 * The official OParl 1.1 schemas (draft-07 branch, patched as tests/fixtures/oparl/SOURCES.md says),
 * compiled once: `validateOparl(object)` fails the test with every violation listed.
 */
function compileSchemas(): Map<string, ValidateFunction> {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv, ['date', 'date-time']);
  ajv.addFormat('url', /^https?:\/\/[^\s/$.?#][^\s]*$/i);
  const files = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json'));
  // The schemas refer to each other as `File.json`, relative to ids without `.json`: each is loaded under its file's URL.
  for (const name of files) {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: `https://schema.oparl.org/1.1/${name}` });
  }
  return new Map(files.map((name) => [`https://schema.oparl.org/1.1/${name.replace('.json', '')}`, ajv.getSchema(`https://schema.oparl.org/1.1/${name}`)!]));
}

let validators: Map<string, ValidateFunction> | undefined;

export function validateOparl(object: unknown, where = ''): void {
  validators ??= compileSchemas();
  const type = (object as { type?: string }).type ?? '';
  const validate = validators.get(type);
  assert.ok(validate, `${where}: no schema for type ${JSON.stringify(type)}`);
  const valid = validate(object);
  assert.ok(valid, `${where} ${type}: ${JSON.stringify(validate.errors, null, 1)}`);
}

/** The ids the council fixture does not return, and a held file: what the API tests need beside it. */
export interface ApiFixture {
  termId: string;
  membershipId: string;
  consultationIds: { public: string; nonPublic: string };
}

export async function apiFixtureIds(db: Executor, council: CouncilFixture): Promise<ApiFixture> {
  const [term] = await db.select({ id: councilLegislativeTerms.id }).from(councilLegislativeTerms).where(eq(councilLegislativeTerms.bodyId, council.bodyId));
  const [membership] = await db.select({ id: councilMemberships.id }).from(councilMemberships).where(eq(councilMemberships.personId, council.persons.beate));
  const consultations = await db.select().from(councilConsultations);
  return {
    termId: term!.id,
    membershipId: membership!.id,
    consultationIds: {
      public: consultations.find((row) => row.paperId === council.papers.publicId)!.id,
      nonPublic: consultations.find((row) => row.paperId === council.papers.nonPublicId)!.id,
    },
  };
}

/** Puts bytes for the fixture's public file into the store, as an importer or an upload would. */
export async function holdFile(db: Executor, files: FileStore, fileId: string, bytes: Buffer): Promise<void> {
  const key = storageKeyFor(fileId);
  await files.put(key, bytes, { contentType: 'application/pdf' });
  await db.update(councilFiles).set({ storageKey: key, size: bytes.length }).where(eq(councilFiles.id, fileId));
}

/** A paper deleted after the fixture was written (soft deletion: the row stays, `modified` moves). */
export async function insertDeletedPaper(db: Executor, bodyId: string, modified = new Date()): Promise<string> {
  const [paper] = await db
    .insert(councilPapers)
    .values({ bodyId, name: 'Zurückgezogene Anfrage', reference: 'A/2026/0001', deleted: true, created: new Date('2026-01-05T09:00:00Z'), modified })
    .returning({ id: councilPapers.id });
  return paper!.id;
}
