import type { FieldErrors } from '../../../../kernel/http';

/**
 * Name, value and message of each field of a form in one call: what the person typed when the form
 * comes back with errors, else the stored value. `<TextField {...field('name')} label="Name" />`.
 */
export function fieldBinder(stored: object, values: Record<string, string> | undefined, errors: FieldErrors | undefined) {
  return (name: string) => {
    // Stored strings only: days and lists are formatted by the caller (TT.MM.JJJJ, joined), other types are not shown.
    const saved = (stored as Record<string, unknown>)[name];
    return { name, value: values ? values[name] : typeof saved === 'string' ? saved : undefined, error: errors?.[name] };
  };
}
