import { staffMember, type Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { PUBLISH_PERMISSION } from '../policies';
import type { MemberCapacity } from '../tables';
import { addMember } from '../test-support';

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
