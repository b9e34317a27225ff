import { UPLOAD_TYPES, type FieldDef, type FormOption, type UploadType } from '../definition';
import type { CodeListIndex } from './codelists';
import type { FimField } from './model';

/** Up to this many choices are shown as radio buttons (all visible), more as a drop-down list. */
const MAX_RADIO_OPTIONS = 6;
/** Text fields that allow more than this many characters become multi-line. */
const TEXTAREA_FROM_LENGTH = 255;
const YES_NO: FormOption[] = [
  { value: 'true', label: 'Ja' },
  { value: 'false', label: 'Nein' },
];

/** What the field conversion needs of the import: the code lists uploaded with it, and where remarks go. */
export interface FieldContext {
  codeLists: CodeListIndex;
  /** A remark about this field for the import's list of what did not fit. */
  report: (message: string) => void;
}

export function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * The input a FIM field becomes, by Feldart and Datentyp: a choice from values or a code list, a
 * date, a number, a file, a time, or text (e-mail and phone recognised by the field's name).
 */
export function fieldOfType(field: FimField, base: FieldDef, multiple: boolean, ctx: FieldContext): FieldDef {
  return field.feldart === 'select' ? choice(field, base, multiple, ctx) : input(field, base, ctx);
}

function optionsOf(field: FimField, ctx: FieldContext): FormOption[] | undefined {
  let values = field.values;
  if (!values && field.codeList) {
    const list = ctx.codeLists.find(field.codeList);
    if (!list) {
      const name = field.codeList.canonicalVersionUri ?? field.codeList.canonicalIdentification ?? field.codeList.id ?? 'unbekannt';
      ctx.report(
        `Die Codeliste „${name}“${field.codeList.id ? ` (${field.codeList.id})` : ''} liegt nicht vor; das Auswahlfeld wurde als Textfeld übernommen. Laden Sie die Codeliste (genericode) mit hoch, um die Auswahl zu erhalten.`,
      );
      return undefined;
    }
    values = list.values;
  }
  if (!values || values.length === 0) return undefined;
  const seen = new Set<string>();
  const options: FormOption[] = [];
  for (const value of values) {
    const optionValue = clip(value.code, 200);
    if (seen.has(optionValue)) continue;
    seen.add(optionValue);
    options.push({ value: optionValue, label: clip(value.name || value.code, 500) });
  }
  return options;
}

function choice(field: FimField, base: FieldDef, multiple: boolean, ctx: FieldContext): FieldDef {
  const options = optionsOf(field, ctx) ?? (field.datentyp === 'bool' ? YES_NO : undefined);
  if (!options) {
    if (!field.codeList) ctx.report('Das Auswahlfeld hat keine Werte und keine Codeliste; es wurde als Textfeld übernommen.');
    return base;
  }
  if (multiple) {
    const { min, max } = field.multiplicity;
    return { ...base, type: 'checkboxes', options, ...(min > 1 ? { min } : {}), ...(max !== null ? { max } : {}) };
  }
  return { ...base, type: options.length <= MAX_RADIO_OPTIONS ? 'radio' : 'select', options };
}

function input(field: FimField, base: FieldDef, ctx: FieldContext): FieldDef {
  const { precision } = field;
  switch (field.datentyp) {
    case 'date': {
      const isDate = (value: string | undefined) => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
      return {
        ...base,
        type: 'date',
        ...(isDate(precision.minValue) ? { min: precision.minValue } : {}),
        ...(isDate(precision.maxValue) ? { max: precision.maxValue } : {}),
      };
    }
    case 'bool':
      return { ...base, type: 'radio', options: YES_NO };
    case 'num':
    case 'num_int':
    case 'num_currency': {
      const min = number(precision.minValue);
      const max = number(precision.maxValue);
      const decimals = field.datentyp === 'num_int' ? { decimals: 0 } : field.datentyp === 'num_currency' ? { decimals: 2, unit: '€' } : {};
      return { ...base, type: 'number', ...decimals, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'file':
      return file(field, base, ctx);
    case 'time':
      return {
        ...base,
        type: 'text',
        width: '5',
        pattern: '([01][0-9]|2[0-3]):[0-5][0-9]',
        patternMessage: `Geben Sie ${base.label} als Uhrzeit an, zum Beispiel 14:30`,
      };
    case 'text':
    case 'text_latin':
    case '':
      return text(field, base, ctx);
    default:
      ctx.report(`Datentyp „${field.datentyp}“ wird nicht unterstützt; das Feld wurde als Textfeld übernommen.`);
      return text(field, base, ctx);
  }
}

function text(field: FimField, base: FieldDef, ctx: FieldContext): FieldDef {
  const { minLength, maxLength, pattern } = field.precision;
  const type = /^e-?mail/i.test(field.name)
    ? 'email'
    : /telefon|handy|mobil/i.test(field.name)
      ? 'phone'
      : maxLength !== undefined && maxLength > TEXTAREA_FROM_LENGTH
        ? 'textarea'
        : 'text';
  const result: FieldDef = {
    ...base,
    type,
    ...(minLength !== undefined && minLength > 0 ? { minLength } : {}),
    ...(maxLength !== undefined && maxLength >= 1 ? { maxLength } : {}),
  };
  if (pattern === undefined || type !== 'text') return result;
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    ctx.report(`Das Muster „${clip(pattern, 200)}“ ist kein gültiger regulärer Ausdruck und wurde nicht übernommen.`);
    return result;
  }
  if (pattern.length > 500) {
    ctx.report('Das Muster ist länger als 500 Zeichen und wurde nicht übernommen.');
    return result;
  }
  return { ...result, pattern, patternMessage: `Geben Sie ${base.label} im richtigen Format an` };
}

function file(field: FimField, base: FieldDef, ctx: FieldContext): FieldDef {
  const known = field.mediaTypes.filter((type): type is UploadType => (UPLOAD_TYPES as readonly string[]).includes(type));
  const unknown = field.mediaTypes.filter((type) => !(UPLOAD_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) {
    ctx.report(`Die Dateitypen ${unknown.join(', ')} werden nicht angenommen; erlaubt sind PDF, JPEG und PNG.`);
  }
  return { ...base, type: 'file', accept: known.length > 0 ? known : [...UPLOAD_TYPES], ...(field.maxSize ? { maxFileBytes: field.maxSize } : {}) };
}
