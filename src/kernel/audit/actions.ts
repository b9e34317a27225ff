import type { ModuleManifest } from '../module';

/**
 * Labels of the audit actions that belong to no module: signing in and out (kernel auth, whichever
 * module's page does it), the kernel's API tokens and the CLI. Each module declares its own in its
 * manifest (`auditActions`).
 */
export const KERNEL_AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'auth.login': 'Anmeldung',
  'auth.login_failed': 'Anmeldung fehlgeschlagen',
  'auth.logout': 'Abmeldung',
  'auth.oidc_linked': 'Anmeldung über BundID/SSO verknüpft',
  'kernel.api_token_created': 'API-Zugang angelegt',
  'kernel.api_token_revoked': 'API-Zugang widerrufen',
  'cli.demo_reset': 'Demo-Daten zurückgesetzt',
};

/** Every action's German label: the kernel's and those every registered module declares. */
export function auditActionLabels(modules: readonly ModuleManifest[]): ReadonlyMap<string, string> {
  const labels = new Map(Object.entries(KERNEL_AUDIT_ACTIONS));
  for (const module of modules) for (const [action, label] of Object.entries(module.auditActions ?? {})) labels.set(action, label);
  return labels;
}
