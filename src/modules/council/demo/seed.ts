import { createHash } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { findUserByEmail } from '../../../kernel/auth';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { Executor } from '../../../kernel/db/types';
import type { FileStore } from '../../../kernel/files';
import type { ModuleDeps } from '../../../kernel/module';
import { renderPdf } from '../../../kernel/pdf';
import { councilBodies, councilMemberAccounts } from '../tables';
import { generateCouncil } from './generate';
import { councilPackSchema, type CouncilPack } from './pack';
import { DEMO_TABLES, type CouncilDemoRows, type DemoDocument } from './rows';

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 400;
/** PDFs written to the store at once. */
const PARALLEL_WRITES = 8;

export function readCouncilPack(config: ModuleDeps['config']): CouncilPack | undefined {
  return readDemoPack(config, 'council', councilPackSchema);
}

/**
 * Renders each document (standard fonts: hundreds must render in about a second) and stores it under
 * its row's key. Returns each file's size and SHA-1.
 */
async function storeDocuments(
  files: FileStore,
  author: string,
  rows: CouncilDemoRows,
  documents: DemoDocument[],
): Promise<Map<string, { size: number; sha1: string }>> {
  const keys = new Map(rows.files.map((row) => [row.id!, row.storageKey!]));
  const stored = new Map<string, { size: number; sha1: string }>();
  for (let at = 0; at < documents.length; at += PARALLEL_WRITES) {
    const writes = [];
    for (const document of documents.slice(at, at + PARALLEL_WRITES)) {
      const bytes = await renderPdf({ title: document.title, author, fonts: 'standard', blocks: document.blocks, footer: author });
      stored.set(document.fileId, { size: bytes.length, sha1: createHash('sha1').update(bytes).digest('hex') });
      writes.push(files.put(keys.get(document.fileId)!, bytes, { contentType: 'application/pdf' }));
    }
    await Promise.all(writes);
  }
  return stored;
}

/** Size and checksum of the stored files, in one statement. */
async function recordFiles(tx: Executor, stored: Map<string, { size: number; sha1: string }>): Promise<void> {
  if (stored.size === 0) return;
  const values = sql.join(
    [...stored].map(([id, file]) => sql`(${id}::uuid, ${file.size}::bigint, ${file.sha1})`),
    sql`, `,
  );
  await tx.execute(sql`update council_files f set size = v.size, sha1_checksum = v.sha1 from (values ${values}) as v(id, size, sha1) where f.id = v.id`);
}

async function insertRows(tx: Executor, rows: CouncilDemoRows): Promise<void> {
  for (const key of Object.keys(DEMO_TABLES) as (keyof CouncilDemoRows)[]) {
    const list = rows[key];
    for (let at = 0; at < list.length; at += CHUNK) await tx.insert(DEMO_TABLES[key]).values(list.slice(at, at + CHUNK) as never);
  }
}

/**
 * The council of the town's pack (`council.json`), written once: a year of meetings around today with
 * their agendas, papers and PDFs, and the demo login "Ratsmitglied" linked to its Person. Idempotent:
 * a town whose Body (by its AGS, entered here rather than imported) exists is left as it is.
 */
export async function seedCouncilDemo(deps: Pick<ModuleDeps, 'db' | 'config' | 'files'>, now = new Date()): Promise<void> {
  const pack = readCouncilPack(deps.config);
  if (!pack) return;
  const { db } = deps;
  const [existing] = await db
    .select({ id: councilBodies.id })
    .from(councilBodies)
    .where(and(eq(councilBodies.ags, pack.body.ags), isNull(councilBodies.sourceId)))
    .limit(1);
  if (existing) return;
  const council = generateCouncil(pack, now);
  const member = await findUserByEmail(db, pack.memberLogin.email);
  await db.transaction(async (tx) => {
    // The database works on its own thread (PGlite's worker, or the server) while this one renders
    // the PDFs: the first start waits for the longer of the two, not for both.
    const [stored] = await Promise.all([storeDocuments(deps.files, pack.body.name, council.rows, council.documents), insertRows(tx, council.rows)]);
    await recordFiles(tx, stored);
    if (member) await tx.insert(councilMemberAccounts).values({ userId: member.id, personId: council.memberPersonId }).onConflictDoNothing();
  });
}
