import type { ModuleManifest } from '../../kernel/module';
import { accountRoutes } from './routes';

/**
 * Citizen accounts: register, confirm the address, log in and out, reset and change the password,
 * change the address, delete the account (DSGVO). Users, sessions and tokens are kernel tables, so
 * the module has no migrations. Its `accountPaths` are the URLs the kernel's layout and error pages link to.
 */
export const accountsModule: ModuleManifest = {
  id: 'accounts',
  accountPaths: { login: '/konto/anmelden', register: '/konto/registrieren', account: '/konto', logout: '/konto/abmelden' },
  routes: accountRoutes,
};
export { requireLogin, signedIn } from './route-helpers';
