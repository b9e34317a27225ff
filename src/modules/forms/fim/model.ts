/**
 * The parts of an XDatenfelder message the importer uses, the same for versions 2.0 and 3.0.0.
 * `read-xdf.ts` fills it from the XML, `to-definition.ts` turns it into a form definition (pages and
 * groups; `field-types.ts` the input each field becomes).
 */

export type FimStandard = 'xdf2' | 'xdf3';

export interface FimRule {
  id: string;
  version?: string;
  name: string;
  /** The rule as prose (2.0 `definition`, 3.0.0 `freitextRegel`), or its script when there is no prose. */
  text: string;
  hasScript: boolean;
}

/** Anzahl `min:max`; max null stands for `*` (any number). */
export interface Multiplicity {
  min: number;
  max: number | null;
}

export interface Precision {
  minLength?: number;
  maxLength?: number;
  minValue?: string;
  maxValue?: string;
  pattern?: string;
}

export interface CodeValue {
  code: string;
  name: string;
}

/** A genericode list referenced by urn (2.0 always, 3.0.0 optionally). */
export interface CodeListReference {
  id?: string;
  canonicalIdentification?: string;
  version?: string;
  canonicalVersionUri?: string;
}

interface FimElementBase {
  id: string;
  version?: string;
  name: string;
  /** bezeichnungEingabe, else the name. */
  label: string;
  hint?: string;
  multiplicity: Multiplicity;
  rules: FimRule[];
}

export interface FimField extends FimElementBase {
  kind: 'field';
  /** input, select, label, hidden, locked */
  feldart: string;
  /** text, text_latin, date, time, datetime, bool, num, num_int, num_currency, file, obj */
  datentyp: string;
  precision: Precision;
  /** A 2.0 Präzisierung that is not the usual JSON; reported, not guessed at. */
  unreadablePrecision?: string;
  /** Prefilled value or, for labels, the text shown. */
  content: string;
  values?: CodeValue[];
  codeList?: CodeListReference;
  maxSize?: number;
  mediaTypes: string[];
}

export interface FimGroup extends FimElementBase {
  kind: 'group';
  children: FimElement[];
}

export type FimElement = FimField | FimGroup;

export interface FimSchema {
  standard: FimStandard;
  id: string;
  version?: string;
  name: string;
  label: string;
  rules: FimRule[];
  children: FimElement[];
}
