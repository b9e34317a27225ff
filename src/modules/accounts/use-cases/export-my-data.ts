import type { CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps } from '../../../kernel/module';

const EXPLANATION =
  'Diese Datei enthält alle Daten, die das Stadtportal über Sie gespeichert hat (Art. 15 und 20 DSGVO): ' +
  'unter "accounts" Ihr Konto, unter den anderen Schlüsseln die Daten der einzelnen Bereiche des Portals, zum Beispiel "applications" für Ihre Anträge. ' +
  'Bereiche ohne Daten über Sie fehlen. Interne Vermerke der Verwaltung gehören zur Akte und sind nicht enthalten.';

/**
 * "Meine Daten": one archive of everything the portal holds about the actor. Every module with a
 * `personalData` hook contributes its part under its module id; the accounts module's part is
 * the account itself (profile, e-mail, created, last login, linked logins, sessions). A module
 * added later appears here without a change to this file.
 */
export async function exportMyData(actor: CurrentUser, _input: Record<string, never>, deps: ModuleDeps) {
  const data: Record<string, unknown> = {};
  for (const module of deps.modules) {
    const part = await module.personalData?.export(actor, deps);
    if (part !== undefined) data[module.id] = part;
  }
  return {
    generatedAt: new Date().toISOString(),
    controller: deps.config.municipality.officialName,
    explanation: EXPLANATION,
    data,
  };
}
