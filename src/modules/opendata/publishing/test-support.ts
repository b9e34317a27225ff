import { staffMember, type Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { PUBLISH_PERMISSION } from '../policies';
import { eq } from 'drizzle-orm';
import { datasets, harvestRuns, harvestSources, type MemberCapacity } from '../tables';
import { addMember, createDataset } from '../test-support';

/** Staff with the permission to publish, in the organisation with the given role (none: in no organisation). */
export async function publisher(t: TestApp, organizationId: string | null, capacity: MemberCapacity = 'editor', name?: string): Promise<Person> {
  const person = await staffMember(t, [], { permissions: [PUBLISH_PERMISSION], ...(name ? { name } : {}) });
  if (organizationId) await addMember(t, organizationId, person.id, capacity);
  await t.settled();
  return person;
}

/** The dataset form's fields as a person fills them in. */
export const DATASET_FORM = {
  title: 'Belegung der Parkhäuser',
  name: 'parkhaeuser-belegung',
  notes: 'Freie Plätze in den städtischen Parkhäusern.',
  private: 'nein',
  licenseId: 'dl-by-de/2.0',
  themes: ['TRAN', 'REGI'],
  tags: 'Parken, Verkehr',
  frequency: 'DAILY',
  temporalStart: '2024-01-01',
  temporalEnd: '',
  contactName: 'Open-Data-Stelle',
  contactEmail: 'opendata@iserlohn.example',
  contactUrl: '',
  legalBasis: '',
  landingPage: '',
  version: '',
};

/** A dataset brought by a harvest source of the organisation ("Stadtwerke-Portal"), whose last run ended at `harvestedAt`. */
export async function createHarvestedDataset(
  t: TestApp,
  organizationId: string,
  fields: Parameters<typeof createDataset>[2] = {},
  harvestedAt = new Date('2026-03-02T08:30:00Z'),
) {
  const dataset = await createDataset(t, organizationId, fields, [{ name: 'Messwerte', format: 'CSV' }]);
  const [source] = await t.db
    .insert(harvestSources)
    .values({
      name: `quelle-${dataset.name}`,
      title: 'Stadtwerke-Portal',
      url: `https://daten.stadtwerke.example/${dataset.name}/api/3`,
      kind: 'ckan',
      organizationId,
    })
    .returning();
  await t.db.insert(harvestRuns).values({ sourceId: source!.id, status: 'succeeded', startedAt: harvestedAt, finishedAt: harvestedAt });
  await t.db.update(datasets).set({ origin: 'harvest', harvestSourceId: source!.id, originRef: dataset.id }).where(eq(datasets.id, dataset.id));
  return dataset;
}

/**
 * A dataset a module of the portal keeps current (as `module-datasets/` writes it: origin `module`,
 * origin_ref `<module>:<name>`), here the Leistungskatalog's; under a name of its own, so a test may create several.
 */
export async function createModuleDataset(t: TestApp, organizationId: string, fields: Parameters<typeof createDataset>[2] = {}) {
  const dataset = await createDataset(t, organizationId, fields, [{ name: 'CSV-Datei', format: 'CSV' }]);
  await t.db.update(datasets).set({ origin: 'module', originRef: 'services:leistungen-der-stadtverwaltung' }).where(eq(datasets.id, dataset.id));
  return dataset;
}
