import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { oidcSettings } from './oidc/settings';
import { PATHS } from './paths';
import { accountsPersonalData } from './personal-data';
import { accountRoutes } from './routes';

/**
 * Citizen accounts: register, confirm the address, log in and out, reset and change the password,
 * change the address, "Mein Konto" with every module's overview card, "Meine Daten" (one archive of
 * every module's data) and deleting the account with every module's erase hook (DSGVO). Users,
 * sessions and tokens are kernel tables, so the module has no migrations. Its `accountPaths` are
 * the URLs the kernel's layout and error pages link to.
 */
export const accountsModule: ModuleManifest = {
  id: 'accounts',
  auditActions: AUDIT_ACTIONS,
  accountPaths: { login: PATHS.login, register: PATHS.register, account: PATHS.account, logout: PATHS.logout, extendSession: PATHS.extendSession },
  personalData: accountsPersonalData,
  settings: [oidcSettings],
  routes: accountRoutes,
};
export { requireLogin, signedIn } from './route-helpers';
export { PATHS as ACCOUNT_PATHS } from './paths';
export { oidcLoginLink } from './oidc';
