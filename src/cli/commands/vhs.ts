import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CLI_ACTOR } from '../../modules/admin';
import { exportProgramme, importProgramme } from '../../modules/vhs';
import { CommandError, stringOption, UsageError } from '../args';
import type { DatabaseCommand } from './types';

export const vhsImport: DatabaseCommand = {
  name: 'vhs:import',
  summary: 'VHS-Kursprogramm aus CSV oder JSON importieren (Kursnummer entscheidet: neu oder ändern)',
  usage: 'vhs:import DATEI.csv|DATEI.json',
  positional: 'file',
  description: [
    'Legt Kurse an oder ändert sie, erkannt an der Kursnummer; Termine mit erfasster Anwesenheit bleiben unverändert.',
    'Das JSON-Format beschreibt src/modules/vhs/programme/programme.schema.json, die CSV-Spalten die README des Moduls.',
    'Enthält die Datei Fehler, wird nichts gespeichert; jeder Fehler wird mit Zeile und Spalte genannt. Bankdaten (SEPA) werden nie übernommen.',
  ],
  options: {
    file: { type: 'string', placeholder: '<datei>', description: 'das Kursprogramm als .csv oder .json (Pflicht; auch ohne --file als erste Angabe)' },
  },
  check(values) {
    if (!stringOption(values, 'file')?.trim()) throw new UsageError('Geben Sie den Pfad der Programmdatei an: vhs:import DATEI.csv');
  },
  async run({ deps, out }, values) {
    const file = stringOption(values, 'file')!.trim();
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new CommandError(`Die Datei „${file}“ lässt sich nicht lesen.`);
    }
    const result = await importProgramme(CLI_ACTOR, { fileName: basename(file), text }, deps);
    if (!result.ok) {
      throw new CommandError(
        `${basename(file)} enthält ${result.problems.length === 1 ? 'einen Fehler' : `${result.problems.length} Fehler`}; nichts wurde gespeichert.\n${result.problems.map((problem) => `- ${problem}`).join('\n')}`,
      );
    }
    const { summary } = result;
    out(`${basename(file)}: ${summary.created} Kurse angelegt, ${summary.updated} geändert.`);
    out(
      `Termine: ${summary.sessionsAdded} neu, ${summary.sessionsChanged} geändert, ${summary.sessionsRemoved} entfernt, ${summary.sessionsKeptWithAttendance} mit Anwesenheit unverändert.`,
    );
    for (const note of summary.notes) out(`Hinweis: ${note}`);
  },
};

export const vhsExport: DatabaseCommand = {
  name: 'vhs:export',
  summary: 'VHS-Kursprogramm als JSON ausgeben (dasselbe Format wie vhs:import)',
  usage: 'vhs:export [--term SEMESTER] [--file DATEI.json]',
  description: ['Ohne --file auf die Standardausgabe. Abgesagte Kurse und Buchungen sind nicht enthalten.'],
  options: {
    term: { type: 'string', placeholder: '<semester>', description: 'nur dieses Semester, z. B. 2027-1' },
    file: { type: 'string', placeholder: '<datei>', description: 'in diese Datei schreiben' },
  },
  async run({ deps, out }, values) {
    const term = stringOption(values, 'term')?.trim();
    const programme = await exportProgramme(CLI_ACTOR, term ? { term } : {}, deps);
    const json = `${JSON.stringify(programme, null, 2)}\n`;
    const file = stringOption(values, 'file')?.trim();
    if (!file) return out(json.trimEnd());
    writeFileSync(file, json);
    out(`${programme.courses.length} Kurse nach ${file} geschrieben.`);
  },
};
