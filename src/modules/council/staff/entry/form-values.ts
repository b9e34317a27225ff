/**
 * The submitted strings of a form body, to show the form again with what the person typed; a field
 * sent several times (checkboxes) keeps its first value here, use `listOf` for all of them.
 */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') values[key] = value[0];
  }
  return values;
}

/** Every value of a field sent zero, one or several times (checkbox groups, multiple selects). */
export function listOf(body: unknown, name: string): string[] {
  const value = ((body ?? {}) as Record<string, unknown>)[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
