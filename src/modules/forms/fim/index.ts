// PLACEHOLDER contract — replaced by the owner of fim/.
import type { FormDefinition } from '../definition';

export interface FimImportResult {
  definition: FormDefinition;
  /** FIM id and name of the Stammdatenschema, e.g. S05000058 "Antrag auf Erteilung … Bewohnerparkausweis". */
  schema: { id: string; version?: string; name: string; standard: 'xdf2' | 'xdf3' };
  /** Constructs that could not be mapped, in German for staff ("Regel R600… (Freitext) …"). */
  unsupported: string[];
}

/** Parses an XDatenfelder 2.0 or 3.0.0 Stammdatenschema; throws AppError(400) with a clear German message for non-FIM or broken XML. */
export declare function importFimFile(xml: string | Buffer): FimImportResult;
