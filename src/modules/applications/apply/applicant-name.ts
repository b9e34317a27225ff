import type { Answers, FormDefinition } from '../../forms';

/**
 * The name a guest gave in the form, found by the fields' autocomplete tokens (WCAG 1.3.5 makes
 * forms declare them anyway): `name`, or `given-name` + `family-name`. Top-level fields only —
 * names inside repeating groups belong to other people (children, partners).
 */
export function applicantNameFromAnswers(definition: FormDefinition, answers: Answers): string | null {
  const byToken = new Map<string, string>();
  for (const page of definition.pages) {
    for (const item of page.items) {
      const value = item.kind === 'field' && item.autocomplete ? answers[item.id] : undefined;
      if (item.kind === 'field' && item.autocomplete && typeof value === 'string' && value.trim() && !byToken.has(item.autocomplete)) {
        byToken.set(item.autocomplete, value.trim());
      }
    }
  }
  const full = byToken.get('name') ?? [byToken.get('given-name'), byToken.get('family-name')].filter(Boolean).join(' ');
  return full || null;
}
