import { z } from 'zod';

/**
 * A form definition: the data from which the portal renders the pages of an online Antrag and
 * validates every answer on the server. Definitions are versioned (`form_versions`); a published
 * version never changes and every application keeps the version it was made with.
 *
 * Field ids are unique within a definition (also inside groups), so answers are one flat object
 * keyed by field id, except repeating groups, whose answer is a list of such objects.
 * FIM ids (XDatenfelder `F…`/`G…` with version) are kept on every field and group that came from FIM,
 * so that submissions can be exported in FIM terms.
 */

export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'email',
  'phone',
  'iban',
  'address',
  'select',
  'radio',
  'checkbox',
  'checkboxes',
  'file',
  'declaration',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Content types an upload may have; checked against the file's bytes, never the name. */
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

const id = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,63}$/, 'ids start with a lower-case letter and contain letters, digits and _ only');

/** A reference to another field's answer: `fieldId`, or `groupId.fieldId` inside the same repeat item. */
const fieldRef = z.string().regex(/^[a-z][a-zA-Z0-9_]*(\.[a-z][a-zA-Z0-9_]*)?$/);

export type Condition =
  | { field: string; equals: string | boolean }
  | { field: string; notEquals: string | boolean }
  | { field: string; in: string[] }
  | { field: string; filled: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: fieldRef, equals: z.union([z.string(), z.boolean()]) }),
    z.strictObject({ field: fieldRef, notEquals: z.union([z.string(), z.boolean()]) }),
    z.strictObject({ field: fieldRef, in: z.array(z.string()).min(1) }),
    z.strictObject({ field: fieldRef, filled: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export const optionSchema = z.strictObject({ value: z.string().min(1).max(200), label: z.string().min(1).max(500) });
export type FormOption = z.infer<typeof optionSchema>;

/** Where a field or group came from in FIM (XDatenfelder): e.g. `{ id: 'F60000227', version: '1.1' }`. */
export const fimRefSchema = z.strictObject({ id: z.string().regex(/^[FGS]\d{8,11}$/), version: z.string().max(20).optional() });
export type FimRef = z.infer<typeof fimRefSchema>;

/** ISO date `YYYY-MM-DD`, or relative to the day of entry: `today`, `today+30`, `today-36500` (days). */
const dateBound = z.string().regex(/^(\d{4}-\d{2}-\d{2}|today([+-]\d{1,5})?)$/);

export const fieldSchema = z.strictObject({
  kind: z.literal('field'),
  id,
  type: z.enum(FIELD_TYPES),
  label: z.string().min(1).max(500),
  hint: z.string().max(2000).optional(),
  required: z.boolean().default(false),
  /** The message when a required answer is missing, e.g. "Geben Sie Ihren Vornamen an." (default: built from the label). */
  requiredMessage: z.string().max(500).optional(),
  fim: fimRefSchema.optional(),
  visibleIf: conditionSchema.optional(),
  /** select, radio, checkboxes */
  options: z.array(optionSchema).optional(),
  /** text, textarea: length; number: value; date: dateBound; checkboxes: how many ticked; file: how many files */
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(1).optional(),
  min: z.union([z.number(), dateBound]).optional(),
  max: z.union([z.number(), dateBound]).optional(),
  /** number: digits after the decimal comma (0 = whole numbers). */
  decimals: z.number().int().min(0).max(6).optional(),
  unit: z.string().max(20).optional(),
  /** text: a regular expression the whole answer must match, with the German message shown otherwise. */
  pattern: z.string().max(500).optional(),
  patternMessage: z.string().max(500).optional(),
  /** file: accepted content types and the size limit per file in bytes. */
  accept: z.array(z.enum(UPLOAD_TYPES)).optional(),
  maxFileBytes: z.number().int().min(1).optional(),
  /** Input autocomplete token (WCAG 1.3.5), e.g. `given-name`, `postal-code`. */
  autocomplete: z.string().max(50).optional(),
  /** text/number: input width hint for the layout. */
  width: z.enum(['2', '4', '5', '10', '20', 'full']).optional(),
});
export type FieldDef = z.infer<typeof fieldSchema>;

export const groupSchema = z.strictObject({
  kind: z.literal('group'),
  id,
  label: z.string().min(1).max(500),
  hint: z.string().max(2000).optional(),
  fim: fimRefSchema.optional(),
  visibleIf: conditionSchema.optional(),
  /**
   * A repeating group ("weitere Personen"): the answer is a list of items with min..max entries, each
   * headed "<itemLabel> 2". `addLabel` is the button that adds one more ("Weiteren Hund hinzufügen"):
   * German inflects "weitere" by the noun's gender, so the text is written whole, never built from
   * itemLabel; without it the button reads REPEAT_ADD_DEFAULT. Optional, so older versions stay valid.
   */
  repeat: z
    .strictObject({
      min: z.number().int().min(0),
      max: z.number().int().min(1).max(50),
      itemLabel: z.string().min(1).max(100),
      addLabel: z.string().min(1).max(100).optional(),
    })
    .optional(),
  fields: z.array(fieldSchema).min(1),
});
export type GroupDef = z.infer<typeof groupSchema>;

/** The add button of a repeating group without `addLabel`: correct German for any item. */
export const REPEAT_ADD_DEFAULT = 'Weiteren Eintrag hinzufügen';

export const pageSchema = z.strictObject({
  id,
  title: z.string().min(1).max(200),
  hint: z.string().max(2000).optional(),
  visibleIf: conditionSchema.optional(),
  items: z.array(z.discriminatedUnion('kind', [fieldSchema, groupSchema])).min(1),
});
export type PageDef = z.infer<typeof pageSchema>;

/** Checks across fields; the message is shown at the first of `fields`. */
export const crossRuleSchema = z.strictObject({
  id,
  message: z.string().min(1).max(500),
  fields: z.array(fieldRef).min(1),
  when: conditionSchema.optional(),
  check: z.discriminatedUnion('type', [
    /** the date in `first` is before (or on, with allowEqual) the date in `second` */
    z.strictObject({
      type: z.literal('dateOrder'),
      first: fieldRef,
      second: fieldRef,
      allowEqual: z.boolean().default(false),
      maxDays: z.number().int().min(1).optional(),
    }),
    /** at least one of the fields is filled */
    z.strictObject({ type: z.literal('oneOf'), of: z.array(fieldRef).min(2) }),
    /** numbers compared: left op right */
    z.strictObject({ type: z.literal('compare'), left: fieldRef, op: z.enum(['<', '<=', '>', '>=', '=', '!=']), right: z.union([fieldRef, z.number()]) }),
  ]),
});
export type CrossRule = z.infer<typeof crossRuleSchema>;

/** Fees in euro cents: a base amount plus lines that apply when their condition holds, or per counted item. */
export const feeSchema = z.strictObject({
  base: z.number().int().min(0),
  baseLabel: z.string().min(1).max(200),
  lines: z
    .array(
      z.strictObject({
        label: z.string().min(1).max(200),
        amount: z.number().int(),
        when: conditionSchema.optional(),
        /** multiply by a number field's value or by the number of items of a repeating group */
        per: fieldRef.optional(),
      }),
    )
    .default([]),
});

export const formDefinitionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  title: z.string().min(1).max(200),
  intro: z.string().max(5000).optional(),
  pages: z.array(pageSchema).min(1),
  rules: z.array(crossRuleSchema).default([]),
  fee: feeSchema.optional(),
  /** Text the applicant confirms on the check-answers page before submitting. */
  declaration: z.string().min(1).max(3000),
  /** The FIM Stammdatenschema the definition was imported from. */
  fim: z.strictObject({ schemaId: z.string(), version: z.string().optional(), name: z.string(), standard: z.enum(['xdf2', 'xdf3']) }).optional(),
  /** Rules the importer could not express (FIM free-text rules): listed for staff to complete. */
  openRules: z.array(z.strictObject({ fimId: z.string(), name: z.string(), text: z.string(), appliesTo: z.array(z.string()) })).default([]),
});
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

/** A postal address answer. */
export interface AddressValue {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
}

/**
 * Answers as stored: text-like fields as strings (numbers as canonical strings like `12.5`, dates as
 * `YYYY-MM-DD`, IBAN without spaces), checkbox/declaration as boolean, checkboxes as string[],
 * address as AddressValue, file as attachment ids (uuid[]), a repeating group as a list of items.
 */
export type AnswerValue = string | boolean | string[] | AddressValue;
export type Answers = Record<string, AnswerValue | Array<Record<string, AnswerValue>>>;
