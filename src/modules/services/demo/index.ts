import { departments } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';
import { services, type NewService } from '../tables';
import { DEMO_SERVICE_DEPARTMENTS } from './departments';
import { IN_PERSON_BUERGERAMT_SERVICES } from './in-person-buergeramt';
import { IN_PERSON_OTHER_SERVICES } from './in-person-other';
import { ONLINE_OTHER_SERVICES } from './online-other';
import { ONLINE_REGISTRATION_SERVICES } from './online-registration';
import { ONLINE_TRAFFIC_SERVICES } from './online-traffic';

/** The demo Leistungskatalog of Iserlohn: every online form's Leistung plus the ones done in person. */
export const DEMO_SERVICES: NewService[] = [
  ...ONLINE_REGISTRATION_SERVICES,
  ...ONLINE_TRAFFIC_SERVICES,
  ...ONLINE_OTHER_SERVICES,
  ...IN_PERSON_BUERGERAMT_SERVICES,
  ...IN_PERSON_OTHER_SERVICES,
];

/** Idempotent: departments and Leistungen that exist (also ones edited by hand) are left as they are. */
export async function seedServicesDemo({ db }: Pick<ModuleDeps, 'db'>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(departments).values([...DEMO_SERVICE_DEPARTMENTS]).onConflictDoNothing({ target: departments.id });
    await tx.insert(services).values(DEMO_SERVICES).onConflictDoNothing({ target: services.slug });
  });
}
