import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../kernel/http';
import type { Crumb, PageOptions } from '../../../kernel/views';

/** What a form page gets back after a failed submit: messages per field and what was typed (never passwords). */
export interface FormState {
  values?: Record<string, string>;
  errors?: FieldErrors;
}

export const HOME_CRUMB: Crumb = { href: '/', label: 'Startseite' };
export const ACCOUNT_CRUMBS: Crumb[] = [HOME_CRUMB, { href: '/konto', label: 'Mein Konto' }];

/** A page whose title gets "Fehler: " and whose status becomes 400 as soon as there are errors. */
export function formPage(title: string, state: FormState, body: ComponentChildren, breadcrumbs: Crumb[] = [HOME_CRUMB]): PageOptions {
  return { title, body, breadcrumbs, hasErrors: Object.keys(state.errors ?? {}).length > 0 };
}
