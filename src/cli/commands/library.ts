import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CLI_ACTOR } from '../../modules/admin';
import { importCatalogue } from '../../modules/library';
import { CommandError, requiredString } from '../args';
import type { DatabaseCommand } from './types';

export const libraryImportMarc: DatabaseCommand = {
  name: 'library:import-marc',
  summary: 'Katalog der Stadtbücherei aus einer MARC-21-Datei importieren (MARCXML oder ISO 2709)',
  usage: 'library:import-marc DATEI',
  positional: 'file',
  description: [
    'Das Format wird am Inhalt erkannt (XML oder binäres MARC 21 in UTF-8). Titel werden über die Kontrollnummer (Feld 001) abgeglichen:',
    'neue angelegt, geänderte aktualisiert, gleiche nicht angefasst; ein zweiter Import derselben Datei ändert nichts.',
    'Exemplare kommen aus den Feldern 852 oder 949 ($b Zweigstelle, $h/$i Signatur, $p Mediennummer). Fehlerhafte Sätze werden mit ihrer Nummer gemeldet und übersprungen.',
    'Exit-Code 0: alle Sätze importiert; 1: mindestens ein Satz wurde übersprungen.',
  ],
  options: {
    file: { type: 'string', placeholder: '<datei>', description: 'die MARC-Datei (Pflicht; auch ohne --file als erste Angabe)' },
  },
  check(values) {
    requiredString(values, 'file');
  },
  async run({ deps, out }, values) {
    const file = requiredString(values, 'file');
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      throw new CommandError(`Die Datei „${file}“ lässt sich nicht lesen.`);
    }
    const report = await importCatalogue(CLI_ACTOR, { chunks: createReadStream(file), source: basename(file) }, deps);
    const format = report.format === 'marcxml' ? 'MARCXML' : 'ISO 2709';
    out(`${basename(file)} (${format}): ${report.read} Sätze gelesen.`);
    out(
      `${report.inserted} neu, ${report.updated} geändert, ${report.unchanged} unverändert, ${report.failed} übersprungen; ${report.copiesWritten} Exemplare angelegt oder geändert.`,
    );
    for (const error of report.errors) out(`Satz ${error.number}: ${error.message}`);
    if (report.failed > report.errors.length) out(`… und ${report.failed - report.errors.length} weitere übersprungene Sätze.`);
    if (report.failed > 0) throw new CommandError(`${report.failed} Sätze wurden übersprungen; die übrigen sind importiert.`);
  },
};
