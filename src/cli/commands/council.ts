import { CLI_ACTOR } from '../../modules/admin';
import { importOparl, OPARL_TYPE_LABELS, OParlSourceError } from '../../modules/council';
import { CommandError, requiredString } from '../args';
import type { DatabaseCommand } from './types';

export const oparlImport: DatabaseCommand = {
  name: 'oparl:import',
  summary: 'Ratsinformationen von einer OParl-Schnittstelle importieren (Sitzungen, Vorlagen, Gremien, Personen, Dateien)',
  usage: 'oparl:import URL',
  positional: 'url',
  description: [
    'URL ist das System-Objekt der Schnittstelle (z. B. https://ris.example.de/oparl/v1/system) oder eine einzelne Körperschaft.',
    'Liest alle Listen jeder Körperschaft Seite für Seite; nach einem vollständigen Lauf fragt der nächste nur nach Änderungen seit dessen Beginn (modified_since). Ein abgebrochener Lauf wird beim nächsten Mal an derselben Stelle fortgesetzt.',
    'Von der Quelle gelöschte Objekte werden als gelöscht markiert, nie entfernt. Übersprungene Objekte und Fehler stehen im Bericht.',
    'Eine neue Adresse wird als Import-Quelle angelegt (ohne Zeitplan). Exit-Code 0: vollständig importiert; 1: der Lauf ist gescheitert oder unvollständig.',
  ],
  options: {
    url: { type: 'string', placeholder: '<url>', description: 'die Adresse des OParl-Systems (Pflicht; auch ohne --url als erste Angabe)' },
  },
  check(values) {
    requiredString(values, 'url');
  },
  async run({ deps, out }, values) {
    let report;
    try {
      report = await importOparl(requiredString(values, 'url').trim(), deps, { actor: CLI_ACTOR });
    } catch (error) {
      if (error instanceof OParlSourceError) throw new CommandError(error.message);
      throw error;
    }
    if (report.created) out(`Neue Import-Quelle „${report.sourceName}“ angelegt (ohne Zeitplan).`);
    if (report.resumed) out('Der letzte Lauf war unterbrochen; dieser hat an derselben Stelle fortgesetzt.');
    out(report.modifiedSince ? `Änderungen seit ${report.modifiedSince.toISOString()}:` : 'Vollständiger Import:');
    for (const [type, counts] of Object.entries(report.counts)) {
      out(`  ${OPARL_TYPE_LABELS[type] ?? type}: ${counts.new} neu, ${counts.changed} geändert, ${counts.deleted} gelöscht, ${counts.unchanged} unverändert`);
    }
    out(`${report.pagesRead} Listenseiten gelesen; Dateien: ${report.filesStored} geladen, ${report.filesFailed} fehlgeschlagen.`);
    if (report.skippedCount > 0) {
      out(`${report.skippedCount} übersprungen${report.skippedCount > report.skipped.length ? ` (die ersten ${report.skipped.length})` : ''}:`);
    }
    for (const skip of report.skipped) out(`  ${skip.url}: ${skip.reason}`);
    for (const error of report.errors) out(`Fehler ${error.url}: ${error.reason}`);
    if (report.outcome === 'failed') {
      throw new CommandError('Der Import ist gescheitert oder unvollständig; gespeichert ist, was gelesen war. Der nächste Lauf setzt fort.');
    }
  },
};
