import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { inArray, sql } from 'drizzle-orm';
import { users } from '../../../kernel/auth';
import { demoPackDir, DemoPackError, readDemoPack } from '../../../kernel/config/demo-pack';
import type { Executor } from '../../../kernel/db';
import { storageKeyFor } from '../../../kernel/files';
import type { ModuleDeps } from '../../../kernel/module';
import { findDatasetByName, insertDataset, recordRevision, replaceResources, type ResourceFields } from '../repository/datasets';
import { harvestLog, harvestRuns, harvestSources, memberships, organizations } from '../tables';
import { formatOf, isFormatCode } from '../vocabularies/formats';
import { enqueueDatastoreLoad } from '../datastore';
import { syncModuleDatasets } from '../module-datasets/sync';
import { seedUsageDemo } from '../usage/demo';
import { opendataPackSchema, type OpendataPack } from './pack';

type Dataset = OpendataPack['datasets'][number];

/**
 * The Transparenzportal's demo: organisations, their publishers, harvest sources with one recorded
 * run, and the datasets with their files (written to the file store; nothing is fetched). Idempotent:
 * what exists (by name) is left as it is, also when edited by hand.
 */
export async function seedOpendataDemo(deps: Pick<ModuleDeps, 'db' | 'config' | 'files' | 'modules'>): Promise<void> {
  const pack = readDemoPack(deps.config, 'opendata', opendataPackSchema);
  if (!pack) return;
  const filesDir = resolve(demoPackDir(deps.config)!, 'opendata');
  const organizationIds = await seedOrganizations(deps.db, pack);
  const sourceIds = await seedHarvestSources(deps.db, pack, organizationIds);
  for (const dataset of pack.datasets) {
    if (await findDatasetByName(deps.db, dataset.name)) continue;
    const resources = await Promise.all(dataset.resources.map((resource) => storeResource(deps, filesDir, resource)));
    await deps.db.transaction(async (tx) => {
      const row = await insertDataset(
        tx,
        datasetFields(dataset, organizationIds.get(dataset.organization)!, deps.config.municipality.regionalschluessel),
        dataset.harvestedFrom
          ? { origin: 'harvest', harvestSourceId: sourceIds.get(dataset.harvestedFrom)!, originRef: dataset.originRef! }
          : { origin: 'portal', harvestSourceId: null, originRef: null },
        null,
        { metadataCreated: new Date(dataset.issued), metadataModified: new Date(dataset.modified) },
      );
      const stored = await replaceResources(tx, row.id, resources);
      await recordRevision(tx, row.id, dataset.harvestedFrom ? 'harvested' : 'created', null);
      // The pack marks the tables to load: the job loads them right after the first start.
      for (const [index, resource] of dataset.resources.entries()) if (resource.datastore) await enqueueDatastoreLoad(tx, stored[index]!.id);
    });
  }
  // The modules' own datasets (Leistungen, Anträge per month) join at once, not at the job's first run.
  await syncModuleDatasets(deps);
  // Usage after the datasets exist; then the usage dataset's files are generated again with the figures.
  await seedUsageDemo(deps.db);
  await syncModuleDatasets(deps);
}

async function seedOrganizations(db: Executor, pack: OpendataPack): Promise<Map<string, string>> {
  await db
    .insert(organizations)
    .values(pack.organizations.map((organization) => ({ ...organization, homepage: organization.homepage ?? null })))
    .onConflictDoNothing();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations);
  const ids = new Map(rows.map((row) => [row.name, row.id]));
  const emails = [...new Set(pack.members.map((member) => member.email))];
  const people = emails.length === 0 ? [] : await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const userIds = new Map(people.map((person) => [person.email, person.id]));
  const missing = emails.filter((email) => !userIds.has(email));
  if (missing.length > 0) throw new DemoPackError(`opendata.json: Mitglieder ohne Konto im Demo-Paket (admin.json): ${missing.join(', ')}`);
  if (pack.members.length > 0) {
    await db
      .insert(memberships)
      .values(pack.members.map((member) => ({ organizationId: ids.get(member.organization)!, userId: userIds.get(member.email)!, capacity: member.capacity })))
      .onConflictDoNothing();
  }
  return ids;
}

/** A source seen for the first time gets its recorded run and log, so the back office shows a real one. */
async function seedHarvestSources(db: Executor, pack: OpendataPack, organizationIds: Map<string, string>): Promise<Map<string, string>> {
  for (const source of pack.harvestSources) {
    await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(harvestSources)
        .values({
          name: source.name,
          title: source.title,
          url: source.url,
          kind: source.kind,
          organizationId: organizationIds.get(source.organization)!,
          intervalHours: source.intervalHours,
        })
        .onConflictDoNothing()
        .returning({ id: harvestSources.id });
      if (!created) return;
      const { log, startedAt, finishedAt, ...counts } = source.recordedRun;
      const [run] = await tx
        .insert(harvestRuns)
        .values({ sourceId: created.id, startedAt: new Date(startedAt), finishedAt: new Date(finishedAt), ...counts })
        .returning({ id: harvestRuns.id });
      await tx.insert(harvestLog).values(
        log.map((entry, index) => ({
          runId: run!.id,
          ...entry,
          datasetRef: entry.datasetRef ?? null,
          at: sql`${new Date(startedAt)}::timestamptz + ${index} * interval '1 second'`,
        })),
      );
    });
  }
  const rows = await db.select({ id: harvestSources.id, name: harvestSources.name }).from(harvestSources);
  return new Map(rows.map((row) => [row.name, row.id]));
}

function datasetFields(dataset: Dataset, organizationId: string, regionalKey: string) {
  return {
    name: dataset.name,
    organizationId,
    title: dataset.title,
    notes: dataset.notes,
    state: dataset.state,
    private: dataset.private,
    licenseId: dataset.licenseId,
    tags: dataset.tags,
    themes: dataset.themes,
    contactName: dataset.contact.name,
    contactEmail: dataset.contact.email,
    contactUrl: null,
    contributorIds: [],
    temporalStart: dataset.temporal.start ?? null,
    temporalEnd: dataset.temporal.end ?? null,
    spatialKey: regionalKey,
    spatialLevel: 'municipality',
    frequency: dataset.frequency,
    legalBasis: dataset.legalBasis ?? null,
    landingPage: null,
    version: null,
    issued: new Date(dataset.issued),
    modified: new Date(dataset.modified),
  };
}

/** A demo file goes into the file store under a new distribution id, with its size and SHA-256. */
async function storeResource(
  { files }: Pick<ModuleDeps, 'files'>,
  dir: string,
  resource: Dataset['resources'][number],
): Promise<ResourceFields & { id?: string }> {
  const mediaType = isFormatCode(resource.format) ? formatOf(resource.format).mediaType : null;
  const common = { name: resource.name, description: resource.description ?? '', format: resource.format, mediaType, licenseId: null };
  if (!resource.file) {
    return { ...common, url: resource.url!, fileKey: null, fileName: null, byteSize: null, checksumAlgorithm: null, checksum: null };
  }
  const path = resolve(dir, resource.file);
  statSync(path);
  const id = crypto.randomUUID();
  const stored = await files.put(storageKeyFor(id), createReadStream(path), { contentType: mediaType ?? 'application/octet-stream' });
  return {
    ...common,
    id,
    url: null,
    fileKey: storageKeyFor(id),
    fileName: resource.file.split('/').pop()!,
    byteSize: stored.size,
    checksumAlgorithm: 'sha256',
    checksum: stored.sha256,
  };
}
