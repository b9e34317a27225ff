import { migrationSources } from '../../bootstrap';
import { createBackup, restoreBackup, type BackupSummary, type RestoreSummary } from '../../kernel/backup';
import { formatFileSize } from '../../kernel/files';
import { requiredString } from '../args';
import type { ConfigCommand } from './types';

const SECRET_KEPT_APART =
  'Das App-Geheimnis ist NICHT enthalten (es kommt aus APP_SECRET): bewahren Sie es getrennt auf, die wiederhergestellte Installation braucht denselben Wert.';

function tablesLine(tables: Record<string, number>): string {
  const rows = Object.values(tables).reduce((sum, count) => sum + count, 0);
  return `${Object.keys(tables).length} Tabellen mit ${rows.toLocaleString('de-DE')} Zeilen`;
}

function filesLine({ count, bytes }: { count: number; bytes: number }): string {
  return count === 0 ? 'keine' : `${count} (${formatFileSize(bytes)})`;
}

function reportBackup(file: string, { manifest, archiveBytes, seconds }: BackupSummary, out: (text: string) => void): void {
  const kind = manifest.database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
  out(`Sicherung geschrieben: ${file} (${formatFileSize(archiveBytes)}, ${seconds.toFixed(1)} s)`);
  out(`  Datenbank (${kind} ${manifest.database.serverVersion}): ${tablesLine(manifest.database.tables)}`);
  out(`  Dateien: ${filesLine(manifest.files)}`);
  out(
    manifest.secret === 'included'
      ? '  Das App-Geheimnis aus DATA_DIR/app-secret ist enthalten: behandeln Sie die Sicherung so vertraulich wie den Server selbst.'
      : `  ${SECRET_KEPT_APART}`,
  );
}

function reportRestore(file: string, summary: RestoreSummary, secretFromEnvironment: boolean, out: (text: string) => void): void {
  const { manifest } = summary;
  out(`Wiederhergestellt aus ${file} (${summary.seconds.toFixed(1)} s): Stand ${manifest.createdAt}, ${manifest.municipality.name}.`);
  out(`  Datenbank: ${tablesLine(manifest.database.tables)}; Dateien: ${filesLine(manifest.files)}`);
  if (summary.secretRestored && secretFromEnvironment) {
    out('  Das App-Geheimnis der Sicherung liegt in DATA_DIR/app-secret, aber APP_SECRET ist gesetzt und hat Vorrang: setzen Sie es auf den alten Wert.');
  } else if (summary.secretRestored) out('  Das App-Geheimnis der Sicherung liegt wieder in DATA_DIR/app-secret.');
  else out('  Setzen Sie APP_SECRET auf den Wert der gesicherten Installation (er ist nicht in der Sicherung).');
  if (summary.pending.length > 0) out(`  ${summary.pending.length} neuere Migration(en) wendet der Server beim nächsten Start an (oder npm run migrate).`);
  for (const dir of summary.keptAside) out(`  Der vorige Stand liegt in ${dir}: löschen Sie ihn, wenn alles stimmt.`);
}

export const backup: ConfigCommand = {
  name: 'backup',
  summary: 'Datenbank, Dateien und App-Geheimnis in eine Datei sichern',
  usage: 'backup <datei.tar.gz>',
  description: [
    'Schreibt eine Sicherung: die Datenbank (PostgreSQL mit pg_dump, PGlite mit dumpDataDir), alle gespeicherten Dateien',
    '(DATA_DIR/files oder der S3-Bucket) und, wenn es in DATA_DIR erzeugt wurde, das App-Geheimnis, mit einem Inhaltsverzeichnis.',
    'Mit PostgreSQL darf der Server dabei laufen; mit PGlite muss er beendet sein. Die Datei darf es noch nicht geben.',
  ],
  options: { file: { type: 'string', placeholder: '<datei>', description: 'Die Sicherungsdatei (.tar.gz)' } },
  positional: 'file',
  withoutDatabase: true,
  check(values) {
    requiredString(values, 'file');
  },
  async run({ config, out }, values) {
    const file = requiredString(values, 'file');
    reportBackup(file, await createBackup(config, file), out);
  },
};

export const restore: ConfigCommand = {
  name: 'restore',
  summary: 'Eine Sicherung in eine leere Installation einspielen',
  usage: 'restore <datei.tar.gz> [--force]',
  description: [
    'Spielt eine Sicherung von backup ein: erst werden Datei und Ziel geprüft, dann die Datenbank in einem Schritt',
    '(alles oder nichts, jede Tabelle mit der Zahl ihrer Zeilen verglichen), dann die Dateien und das App-Geheimnis.',
    'Das Ziel muss leer sein; mit --force wird eine vorhandene Installation ersetzt (beenden Sie vorher den Server).',
    'Eine Sicherung von PGlite lässt sich in PostgreSQL einspielen und umgekehrt (Umzug: docs/operations.md).',
  ],
  options: {
    file: { type: 'string', placeholder: '<datei>', description: 'Die Sicherungsdatei (.tar.gz)' },
    force: { type: 'boolean', description: 'Eine Installation mit Daten ersetzen' },
    yes: { type: 'boolean', description: 'Wie --force' },
  },
  positional: 'file',
  withoutDatabase: true,
  check(values) {
    requiredString(values, 'file');
  },
  async run({ config, modules, out }, values) {
    const file = requiredString(values, 'file');
    const summary = await restoreBackup(config, file, {
      force: values.force === true || values.yes === true,
      migrations: migrationSources([...modules]),
    });
    reportRestore(file, summary, process.env.APP_SECRET !== undefined, out);
  },
};
