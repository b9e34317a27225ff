import type { TestApp } from '../../../tests/support/test-app';
import { datasetFieldsSchema, type DatasetFieldsInput } from './schemas/dataset';
import { insertDataset, recordRevision, replaceResources, type ResourceFields } from './repository/datasets';
import { memberships, organizations, type MemberCapacity, type Organization } from './tables';

let counter = 0;

/** An organisation (publisher) with a unique name unless one is given. */
export async function createOrganization(t: TestApp, overrides: Partial<Organization> = {}): Promise<Organization> {
  counter += 1;
  const [row] = await t.deps.db
    .insert(organizations)
    .values({ name: `organisation-${counter}`, title: `Organisation ${counter}`, kind: 'city', email: 'opendata@iserlohn.example', ...overrides })
    .returning();
  await t.settled();
  return row!;
}

export async function addMember(t: TestApp, organizationId: string, userId: string, capacity: MemberCapacity): Promise<void> {
  await t.deps.db.insert(memberships).values({ organizationId, userId, capacity });
}

/** A distribution as a link (no uploaded file): the given fields over empty ones. */
export function linkResource(resource: Partial<ResourceFields> & { name: string; format: string }): ResourceFields {
  return {
    description: '',
    mediaType: null,
    url: `https://daten.iserlohn.example/${resource.name}`,
    fileKey: null,
    fileName: null,
    byteSize: null,
    checksumAlgorithm: null,
    checksum: null,
    licenseId: null,
    ...resource,
  };
}

/** A published dataset of the organisation, written the way the use cases write one (derived columns, first revision). */
export async function createDataset(
  t: TestApp,
  organizationId: string,
  fields: Partial<DatasetFieldsInput> = {},
  resources: Array<Partial<ResourceFields> & { name: string; format: string }> = [],
) {
  counter += 1;
  const valid = datasetFieldsSchema.parse({
    name: `datensatz-${counter}`,
    title: `Datensatz ${counter}`,
    state: 'active',
    licenseId: 'dl-by-de/2.0',
    contactName: 'Open-Data-Stelle',
    contactEmail: 'opendata@iserlohn.example',
    ...fields,
  });
  const dataset = await t.deps.db.transaction(async (tx) => {
    const row = await insertDataset(tx, { ...valid, organizationId }, { origin: 'portal', harvestSourceId: null, originRef: null }, null);
    if (resources.length > 0) {
      await replaceResources(
        tx,
        row.id,
        resources.map((resource) => linkResource(resource)),
      );
    }
    await recordRevision(tx, row.id, 'created', null);
    return row;
  });
  await t.settled();
  return dataset;
}
