import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CLI_ACTOR } from '../../modules/admin';
import { formKeyFromName, importFimFile, isGenericode, saveImportedDraft } from '../../modules/forms';
import { CommandError, stringOption, UsageError } from '../args';
import type { DatabaseCommand } from './types';

function readFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new CommandError(`${what} „${path}“ lässt sich nicht lesen.`);
  }
}

/** Genericode files in a folder (other XML files there, such as the schema itself, are skipped). */
function codeListsIn(dir: string, schemaPath: string): Record<string, Buffer> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.xml') && resolve(dir, name) !== resolve(schemaPath));
  } catch {
    throw new CommandError(`Den Ordner für Codelisten „${dir}“ gibt es nicht.`);
  }
  const lists: Record<string, Buffer> = {};
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    if (isGenericode(bytes)) lists[name] = bytes;
  }
  return lists;
}

export const formsImportFim: DatabaseCommand = {
  name: 'forms:import-fim',
  summary: 'FIM-Stammdatenschema (XDatenfelder 2.0/3.0.0) als Formularentwurf importieren',
  usage: 'forms:import-fim SCHEMA.xml [--key FORMULARSCHLÜSSEL] [--code-lists ORDNER]',
  positional: 'file',
  description: [
    'Legt einen Entwurf des Formulars an oder ersetzt den vorhandenen Entwurf; veröffentlichte Versionen bleiben unverändert.',
    'Codelisten (genericode) eines XDatenfelder-2.0-Schemas werden im Ordner der Schemadatei gesucht, oder im Ordner aus --code-lists.',
    'Was sich nicht übernehmen ließ (Regeln, fehlende Codelisten, …), wird aufgelistet und im Entwurf gespeichert.',
  ],
  options: {
    file: { type: 'string', placeholder: '<datei.xml>', description: 'das Stammdatenschema (Pflicht; auch ohne --file als erste Angabe)' },
    key: { type: 'string', placeholder: '<schlüssel>', description: 'Formularschlüssel, z. B. bewohnerparkausweis (Standard: aus dem Namen des Schemas)' },
    'code-lists': { type: 'string', placeholder: '<ordner>', description: 'Ordner mit den Codelisten (Standard: der Ordner der Schemadatei)' },
  },
  check(values) {
    if (!stringOption(values, 'file')?.trim()) throw new UsageError('Geben Sie den Pfad des Stammdatenschemas an: forms:import-fim SCHEMA.xml');
  },
  async run({ deps, out }, values) {
    const file = stringOption(values, 'file')!.trim();
    const xml = readFile(file, 'Die Datei');
    const codeLists = codeListsIn(stringOption(values, 'code-lists') ?? dirname(file), file);
    const result = importFimFile(xml, codeLists);
    const formKey = stringOption(values, 'key')?.trim() || formKeyFromName(result.schema.name);
    const saved = await saveImportedDraft(CLI_ACTOR, { formKey, definition: result.definition, importReport: result.unsupported }, deps);
    const fieldCount = result.definition.pages.flatMap((page) => page.items.flatMap((item) => (item.kind === 'group' ? item.fields : [item]))).length;
    out(
      `${basename(file)}: ${result.schema.id} „${result.schema.name}“ (${result.schema.standard === 'xdf2' ? 'XDatenfelder 2.0' : 'XDatenfelder 3.0.0'}, ${Object.keys(codeLists).length} Codelisten)`,
    );
    out(
      `Entwurf ${saved.replaced ? 'ersetzt' : 'angelegt'}: Formular „${formKey}“, Version ${saved.version}, ${result.definition.pages.length} Seiten, ${fieldCount} Felder.`,
    );
    if (result.unsupported.length === 0) {
      out('Alles wurde übernommen.');
      return;
    }
    out(`\nNicht übernommen oder zu prüfen (${result.unsupported.length}):`);
    for (const line of result.unsupported) out(`- ${line}`);
  },
};
