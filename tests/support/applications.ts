/** Anträge for tests: the demo catalogue, applications in any state for a citizen or a guest, and the staff who process them. */
import { PROCESS_PERMISSION, type ApplicationRow } from '../../src/modules/applications';
import { addStaffActivity as addActivity, indexForSearch as index, insertApplication } from '../../src/modules/applications/testing';
import { formsModule } from '../../src/modules/forms';
import { findServiceForApplication, servicesModule, type ServiceForApplication } from '../../src/modules/services';
import { staffMember, type Person } from './people';
import type { TestApp } from './test-app';

export { guestCookie } from '../../src/modules/applications/testing';

/** The demo Leistung the tests apply for (Bewohnerparkausweis). */
export const DEMO_SERVICE = 'bewohnerparkausweis';

/** The demo Leistungskatalog and forms (idempotent); returns the Leistung the tests apply for. */
export async function seedCatalogue(t: TestApp): Promise<ServiceForApplication> {
  await servicesModule.seedDemo!(t.deps);
  await formsModule.seedDemo!(t.deps);
  await t.settled();
  const service = await findServiceForApplication(t.db, DEMO_SERVICE);
  if (!service) throw new Error(`demo service ${DEMO_SERVICE} missing`);
  return service;
}

/**
 * An application for the demo Leistung in the given status (default: submitted, with reference
 * number), of a citizen (`{ applicantId }`) or a guest (`{ guestEmail }`); seeds the catalogue.
 */
export async function createApplication(
  t: TestApp,
  owner: { applicantId: string } | { guestEmail: string },
  values: Parameters<typeof insertApplication>[4] = {},
): Promise<ApplicationRow> {
  const service = await seedCatalogue(t);
  return insertApplication(t.db, t.config.municipality.referencePrefix, service.slug, owner, values);
}

/** What the back office leaves behind: a Rückfrage with a reason, an internal note, a message to the citizen. */
export function addStaffActivity(t: TestApp, application: ApplicationRow, texts: Parameters<typeof addActivity>[2]): Promise<void> {
  return addActivity(t.db, application, texts);
}

/** The search document the apply journey writes on submit, for applications created here. */
export function indexForSearch(t: TestApp, applicationId: string): Promise<void> {
  return index(t.db, applicationId);
}

/** A member of staff in `departmentIds` who processes the Anträge of those departments (`applications.process`). */
export function caseWorker(t: TestApp, departmentIds: string[], options: { name?: string } = {}): Promise<Person> {
  return staffMember(t, departmentIds, { ...options, permissions: [PROCESS_PERMISSION] });
}
