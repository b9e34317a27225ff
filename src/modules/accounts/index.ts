import type { ModuleManifest } from '../../kernel/module';
import { oidcSettings } from './oidc/settings';
import { accountRoutes } from './routes';

/**
 * Citizen accounts: register, confirm the address, log in and out, reset and change the password,
 * change the address, delete the account (DSGVO). Users, sessions and tokens are kernel tables, so
 * the module has no migrations. The layout links "Mein Konto" itself: no navigation, no account links.
 */
export const accountsModule: ModuleManifest = {
  id: 'accounts',
  settings: [oidcSettings],
  routes: accountRoutes,
};
export { requireLogin, signedIn } from './route-helpers';
export { oidcLoginLink, oidcSettings } from './oidc';
