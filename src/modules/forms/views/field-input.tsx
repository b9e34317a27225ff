import { Checkbox, CheckboxGroup, DateField, RadioGroup, SelectField, TextArea, TextField } from '../../../kernel/views';
import type { FieldDef } from '../definition';
import { ADDRESS_PARTS, type RawValues } from '../engine';
import { FileField, type UploadedFileView } from './file-field';

export interface FieldInputProps {
  field: FieldDef;
  /** Input name (and id): the field id, or `group.index.field` inside a repeating group. */
  name: string;
  /** The hint to show (the field's hint, with a condition's explanation added). */
  hint: string | undefined;
  values: RawValues;
  errors: Record<string, string>;
  files: UploadedFileView[];
}

const WIDTHS = { '2': 'short', '4': 'short', '5': 'short', '10': 'medium', '20': 'medium', full: 'full' } as const;

const ADDRESS_INPUTS = {
  street: { label: 'Straße', autocomplete: 'address-line1', width: 'full' },
  houseNumber: { label: 'Hausnummer', autocomplete: undefined, width: 'short' },
  postalCode: { label: 'Postleitzahl', autocomplete: 'postal-code', width: 'short' },
  city: { label: 'Ort', autocomplete: 'address-level2', width: 'medium' },
} as const;

function single(values: RawValues, name: string): string | undefined {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
}

function TextLike({ field, name, hint, values, errors }: FieldInputProps) {
  const kind = {
    email: { type: 'email', inputMode: 'email', autocomplete: 'email', width: 'medium' },
    phone: { type: 'tel', inputMode: 'tel', autocomplete: 'tel', width: 'medium' },
    iban: { type: 'text', inputMode: 'text', autocomplete: undefined, width: 'medium' },
    number: { type: 'text', inputMode: field.decimals === 0 ? 'numeric' : 'decimal', autocomplete: undefined, width: 'short' },
  }[field.type as 'email'] ?? { type: 'text', inputMode: undefined, autocomplete: undefined, width: 'full' };
  return (
    <TextField
      name={name}
      label={field.unit ? `${field.label} (${field.unit})` : field.label}
      hint={hint}
      error={errors[name]}
      value={single(values, name)}
      type={kind.type as 'text'}
      inputMode={kind.inputMode as 'text' | undefined}
      autocomplete={field.autocomplete ?? kind.autocomplete}
      width={field.width ? WIDTHS[field.width] : (kind.width as 'full')}
      maxLength={field.type === 'text' ? field.maxLength : undefined}
      spellcheck={field.type === 'text' ? undefined : false}
    />
  );
}

function AddressInput({ field, name, hint, values, errors }: FieldInputProps) {
  return (
    <div class="form-group">
      <fieldset class="fieldset" aria-describedby={hint ? `${name}-hint` : undefined}>
        <legend class="legend">{field.label}</legend>
        {hint && (
          <div id={`${name}-hint`} class="hint">
            {hint}
          </div>
        )}
        {ADDRESS_PARTS.map((part) => {
          const input = ADDRESS_INPUTS[part];
          const partName = `${name}.${part}`;
          return (
            <TextField
              name={partName}
              label={input.label}
              error={errors[partName]}
              value={single(values, partName)}
              autocomplete={input.autocomplete}
              width={input.width}
            />
          );
        })}
      </fieldset>
    </div>
  );
}

/** One field of a form definition, drawn with the kernel's field components. */
export function FieldInput(props: FieldInputProps) {
  const { field, name, hint, values, errors } = props;
  const error = errors[name];
  const options = field.options ?? [];
  switch (field.type) {
    case 'textarea':
      return <TextArea name={name} label={field.label} hint={hint} error={error} value={single(values, name)} maxLength={field.maxLength} />;
    case 'date': {
      const part = (key: string) => single(values, `${name}-${key}`) ?? '';
      return (
        <DateField
          name={name}
          legend={field.label}
          hint={hint}
          error={error}
          value={{ day: part('day'), month: part('month'), year: part('year') }}
          birthday={field.autocomplete === 'bday'}
        />
      );
    }
    case 'address':
      return <AddressInput {...props} />;
    case 'select':
      return (
        <SelectField name={name} label={field.label} hint={hint} error={error} value={single(values, name)} options={options} placeholder="Bitte auswählen" />
      );
    case 'radio':
      return <RadioGroup name={name} legend={field.label} hint={hint} error={error} value={single(values, name)} options={options} />;
    case 'checkboxes': {
      const chosen = values[name];
      return (
        <CheckboxGroup
          name={name}
          legend={field.label}
          hint={hint}
          error={error}
          options={options}
          values={Array.isArray(chosen) ? chosen : chosen ? [chosen] : []}
        />
      );
    }
    case 'checkbox':
    case 'declaration':
      return <Checkbox name={name} label={field.label} hint={hint} error={error} checked={single(values, name) === 'ja'} />;
    case 'file':
      return <FileField field={field} name={name} hint={hint} error={error} files={props.files} />;
    default:
      return <TextLike {...props} />;
  }
}
