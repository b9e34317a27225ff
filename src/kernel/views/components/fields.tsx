import type { ComponentChildren } from 'preact';

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <div id={`${name}-hint`} class="hint">
      {hint}
    </div>
  ) : null;
}

export function ErrorMessage({ name, error }: { name: string; error?: string | undefined }) {
  return error ? (
    <p id={`${name}-error`} class="error-message">
      <span class="visually-hidden">Fehler: </span>
      {error}
    </p>
  ) : null;
}

function FieldGroup({ error, children }: { error?: string | undefined; children: ComponentChildren }) {
  return <div class={error ? 'form-group form-group--error' : 'form-group'}>{children}</div>;
}

/** A single control with its label, hint and message above it, in the error state when there is one. */
function LabelledField({ name, label, hint, error, children }: FieldBase & { children: ComponentChildren }) {
  return (
    <FieldGroup error={error}>
      <label class="label" for={name}>
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <ErrorMessage name={name} error={error} />
      {children}
    </FieldGroup>
  );
}

interface TextFieldProps extends FieldBase {
  value?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'search' | 'url' | 'date';
  autocomplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  width?: 'short' | 'medium' | 'full';
  maxLength?: number;
  spellcheck?: boolean;
}

export function TextField({ name, label, hint, error, value, type = 'text', autocomplete, inputMode, width = 'full', maxLength, spellcheck }: TextFieldProps) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <input
        class={`input input--${width}${error ? ' input--error' : ''}`}
        id={name}
        name={name}
        type={type}
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        inputMode={inputMode}
        maxLength={maxLength}
        spellcheck={spellcheck}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </LabelledField>
  );
}

export function TextArea({
  name,
  label,
  hint,
  error,
  value,
  rows = 5,
  maxLength,
}: FieldBase & { value?: string | undefined; rows?: number; maxLength?: number }) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <textarea
        class={`textarea${error ? ' input--error' : ''}`}
        id={name}
        name={name}
        rows={rows}
        maxLength={maxLength}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {value}
      </textarea>
    </LabelledField>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export function SelectField({
  name,
  label,
  hint,
  error,
  value,
  options,
  placeholder,
}: FieldBase & { value?: string | undefined; options: Option[]; placeholder?: string }) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <select
        class={`select${error ? ' input--error' : ''}`}
        id={name}
        name={name}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

interface ChoiceGroupProps extends Omit<FieldBase, 'label'> {
  legend: string;
  /** The question is the page's heading (GOV.UK: one question per page). */
  legendIsHeading?: boolean;
  options: Option[];
}

function ChoiceGroup({
  name,
  legend,
  legendIsHeading,
  hint,
  error,
  options,
  type,
  isChecked,
}: ChoiceGroupProps & { type: 'radio' | 'checkbox'; isChecked: (value: string) => boolean }) {
  return (
    <FieldGroup error={error}>
      <fieldset class="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend class={legendIsHeading ? 'legend legend--heading' : 'legend'}>{legendIsHeading ? <h1>{legend}</h1> : legend}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage name={name} error={error} />
        <div class={type === 'radio' ? 'radios' : 'checkboxes'}>
          {options.map((option, index) => {
            // The first input carries the field's name as id, so the error summary's link lands on it.
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <div class="choice">
                <input
                  class="choice__input"
                  type={type}
                  id={id}
                  name={name}
                  value={option.value}
                  checked={isChecked(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label class="choice__label" for={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${id}-hint`} class="hint choice__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FieldGroup>
  );
}

export function RadioGroup(props: ChoiceGroupProps & { value?: string | undefined }) {
  return <ChoiceGroup {...props} type="radio" isChecked={(value) => value === props.value} />;
}

export function CheckboxGroup(props: ChoiceGroupProps & { values?: readonly string[] }) {
  return <ChoiceGroup {...props} type="checkbox" isChecked={(value) => props.values?.includes(value) ?? false} />;
}

/** A single yes-checkbox, e.g. a declaration ("Ich bestätige ..."). Submits `ja` when ticked. */
export function Checkbox({ name, label, hint, error, checked }: FieldBase & { checked?: boolean }) {
  return (
    <FieldGroup error={error}>
      <Hint name={name} hint={hint} />
      <ErrorMessage name={name} error={error} />
      <div class="choice">
        <input class="choice__input" type="checkbox" id={name} name={name} value="ja" checked={checked} aria-describedby={describedBy(name, hint, error)} />
        <label class="choice__label" for={name}>
          {label}
        </label>
      </div>
    </FieldGroup>
  );
}

export interface DateParts {
  day?: string;
  month?: string;
  year?: string;
}

/** Date in three fields (Tag, Monat, Jahr) as GOV.UK and KERN recommend; names are `${name}-day` etc. */
export function DateField({
  name,
  legend,
  hint,
  error,
  value = {},
  birthday,
}: Omit<FieldBase, 'label'> & { legend: string; value?: DateParts; birthday?: boolean }) {
  const part = (key: keyof DateParts, label: string, width: string, autocompleteName: string) => {
    const autocomplete = birthday ? autocompleteName : undefined;
    const id = key === 'day' ? name : `${name}-${key}`;
    return (
      <div class="date-input__item">
        <label class="label" for={id}>
          {label}
        </label>
        <input
          class={`input input--${width}${error ? ' input--error' : ''}`}
          id={id}
          name={`${name}-${key}`}
          inputMode="numeric"
          value={value[key]}
          autocomplete={autocomplete}
        />
      </div>
    );
  };
  return (
    <FieldGroup error={error}>
      <fieldset class="fieldset" role="group" aria-describedby={describedBy(name, hint, error)}>
        <legend class="legend">{legend}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage name={name} error={error} />
        <div class="date-input">
          {part('day', 'Tag', 'day', 'bday-day')}
          {part('month', 'Monat', 'day', 'bday-month')}
          {part('year', 'Jahr', 'year', 'bday-year')}
        </div>
      </fieldset>
    </FieldGroup>
  );
}

/** A file input in the field pattern (label, hint, message at the field); `accept` names the file types offered. */
export function FileField({ name, label, hint, error, accept, multiple }: FieldBase & { accept: string; multiple?: boolean }) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <input
        class={`file-upload${error ? ' input--error' : ''}`}
        id={name}
        name={name}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </LabelledField>
  );
}
