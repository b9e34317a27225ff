import { createUser, departments, findUserByEmail, type Role } from '../../kernel/auth';
import type { ModuleDeps } from '../../kernel/module';

/** Fachbereiche of the Stadt Iserlohn as the demo shows them; addresses are reserved `.example` ones. */
const DEMO_DEPARTMENTS = [
  { id: 'buergeramt', name: 'Bürgeramt', email: 'buergeramt@iserlohn.example' },
  { id: 'ordnungsamt', name: 'Ordnungsamt', email: 'ordnungsamt@iserlohn.example' },
  { id: 'jugendamt', name: 'Jugendamt', email: 'jugendamt@iserlohn.example' },
  { id: 'stadtkasse', name: 'Stadtkasse', email: 'stadtkasse@iserlohn.example' },
  { id: 'bauordnung', name: 'Bauordnung', email: 'bauordnung@iserlohn.example' },
  { id: 'it', name: 'IT und Digitalisierung', email: 'it@iserlohn.example' },
];

/** Documented in the README; only ever created when demo data is switched on. */
export const DEMO_PASSWORD = 'Iserlohn-Demo-2026';

/**
 * The applications demo creates the staff and citizen accounts itself when it runs first (it seeds
 * before this module and needs them for its back-office steps), so it may only refer to departments
 * listed above.
 */
export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role; departments: string[]; permissions: string[] }[] = [
  { email: 'admin@iserlohn.example', displayName: 'Demo-Administration', role: 'admin', departments: ['it'], permissions: [] },
  {
    email: 'sachbearbeitung@iserlohn.example',
    displayName: 'Sachbearbeitung Bürgeramt und Ordnungsamt (Demo)',
    role: 'staff',
    departments: ['buergeramt', 'ordnungsamt'],
    permissions: ['applications.process', 'forms.edit'],
  },
  { email: 'buerger@iserlohn.example', displayName: 'Anna Maria Schulte', role: 'citizen', departments: [], permissions: [] },
];

/** Idempotent: existing departments and accounts (also ones changed by hand) are left as they are. */
export async function seedAdminDemo({ db }: ModuleDeps): Promise<void> {
  await db.insert(departments).values(DEMO_DEPARTMENTS).onConflictDoNothing({ target: departments.id });
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(db, account.email)) continue;
    await db.transaction((tx) => createUser(tx, { ...account, password: DEMO_PASSWORD, emailVerified: true }));
  }
}
