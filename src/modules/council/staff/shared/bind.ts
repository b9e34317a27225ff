import type { FieldErrors } from '../../../../kernel/http';

/** A field's stored value as the form shows it (days as TT.MM.JJJJ, lists joined), or nothing. */
export type StoredValues = Record<string, unknown>;

/**
 * Name, value and message of each field of a form in one call: what the person typed when the form
 * comes back with errors, else the stored value. `<TextField {...field('name')} label="Name" />`.
 */
export function fieldBinder(stored: StoredValues, values: Record<string, string> | undefined, errors: FieldErrors | undefined) {
  return (name: string) => ({ name, value: values ? values[name] : typeof stored[name] === 'string' ? stored[name] : undefined, error: errors?.[name] });
}
