import { formDefinitionSchema, type FormDefinition } from '../definition';
import { CodeListIndex } from './codelists';
import { readXdf } from './read-xdf';
import { toDefinition } from './to-definition';
import { invalidFile } from './xml';

export interface FimImportResult {
  definition: FormDefinition;
  /** FIM id and name of the Stammdatenschema, e.g. S05000058 "Antrag auf Erteilung … Bewohnerparkausweis". */
  schema: { id: string; version?: string; name: string; standard: 'xdf2' | 'xdf3' };
  /** Constructs that could not be mapped, in German for staff ("Regel R600… (Freitext) …"). */
  unsupported: string[];
}

/**
 * Parses an XDatenfelder 2.0 or 3.0.0 Stammdatenschema (or a Datenfeldgruppe message, as a form of
 * one page) into a form definition; throws AppError(400) with a clear German message for non-FIM or
 * broken XML. `codeLists` are genericode files (name or urn → XML) for the code lists a 2.0 schema
 * references; a missing one turns its field into a text field and is listed in `unsupported`.
 */
export function importFimFile(xml: string | Buffer, codeLists: Record<string, string | Buffer> = {}): FimImportResult {
  const schema = readXdf(xml);
  const { definition, unsupported } = toDefinition(schema, new CodeListIndex(codeLists));
  if (definition.pages.length === 0) {
    throw invalidFile(`Das Stammdatenschema ${schema.id} „${schema.name}“ enthält keine Datenfelder, aus denen sich ein Formular bilden lässt.`);
  }
  return {
    definition: formDefinitionSchema.parse(definition),
    schema: { id: schema.id, ...(schema.version ? { version: schema.version } : {}), name: schema.name, standard: schema.standard },
    unsupported,
  };
}

export { isGenericode } from './codelists';
export { slug as formKeyFromName } from './ids';
