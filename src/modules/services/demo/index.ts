import { departments } from '../../../kernel/auth';
import type { Config } from '../../../kernel/config';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { services, type NewService } from '../tables';
import { servicesPackSchema, type ServicesPack } from './pack';

export { type ServicesPack } from './pack';

type PackConfig = Pick<Config, 'municipality' | 'configDir'>;

/** The services part of the municipality's demo pack (`services.json`), or undefined without one. */
export function readServicesPack(config: PackConfig): ServicesPack | undefined {
  return readDemoPack(config, 'services', servicesPackSchema);
}

/** The demo Leistungskatalog of the configured municipality; each Leistung inherits its department's contact unless it names its own. */
export function demoServices(config: PackConfig): NewService[] {
  const pack = readServicesPack(config);
  if (!pack) return [];
  const contacts = new Map(
    pack.departments.map(({ id, contact }) => [
      id,
      { contactPhone: contact.phone, contactEmail: contact.email, contactAddress: contact.address, contactHours: contact.hours },
    ]),
  );
  return pack.services.map((service) => ({ ...contacts.get(service.departmentId), ...service }));
}

/**
 * Idempotent: departments and Leistungen that exist (also ones edited by hand) are left as they are.
 * The services module seeds before the admin module (registry order), so it inserts the departments
 * its Leistungen refer to itself; the admin demo then finds them.
 */
export async function seedServicesDemo({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readServicesPack(config);
  if (!pack) return;
  const rows = demoServices(config);
  await db.transaction(async (tx) => {
    await tx
      .insert(departments)
      .values(pack.departments.map(({ id, name, email }) => ({ id, name, email })))
      .onConflictDoNothing({ target: departments.id });
    if (rows.length > 0) await tx.insert(services).values(rows).onConflictDoNothing({ target: services.slug });
  });
}
