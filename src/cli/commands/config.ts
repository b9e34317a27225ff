import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../kernel/config';
import { MODULES } from '../../registry';
import type { OfflineCommand } from './types';

export const configCheck: OfflineCommand = {
  name: 'config:check',
  summary: 'Konfiguration prüfen (Umgebung, Gemeindedatei, Demo-Paket), ohne zu starten',
  usage: 'config:check [--config DATEI]',
  description: [
    'Prüft die Umgebungsvariablen, die Gemeindedatei (CONFIG_FILE) mit den Einstellungen aller Module,',
    'die Dateien, die sie nennt (Logo, Straßenliste), und jede Datei ihres Demo-Pakets.',
    'Listet jedes Problem mit seinem Schlüssel auf einmal; Exit-Code 1 bei Problemen, sonst 0.',
    'Öffnet keine Datenbank: der Server darf dabei laufen.',
  ],
  options: {
    config: { type: 'string', placeholder: 'DATEI', description: 'diese Gemeindedatei prüfen statt CONFIG_FILE' },
  },
  runWithoutDatabase(values, { env, out }) {
    const file = typeof values.config === 'string' ? values.config : undefined;
    // Without APP_SECRET the loader would keep a generated secret in DATA_DIR: a check writes nothing there.
    const scratch = env.APP_SECRET ? undefined : mkdtempSync(join(tmpdir(), 'stadtportal-config-check-'));
    try {
      const config = loadConfig({ ...env, ...(file ? { CONFIG_FILE: file } : {}), ...(scratch ? { DATA_DIR: scratch } : {}) }, MODULES, {
        checkDemoPack: true,
      });
      out(
        `Konfiguration in Ordnung: ${config.municipality.officialName}${config.municipality.demoPack ? `, Demo-Paket ${config.municipality.demoPack}` : ''}.`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      out(`Die Konfiguration hat ${error.problems.length === 1 ? 'ein Problem' : `${error.problems.length} Probleme`}:`);
      for (const problem of error.problems) out(`  - ${problem}`);
      return 1;
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  },
};
