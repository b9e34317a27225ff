import { z } from 'zod';
import { optionalText, text } from '../../kernel/http';
import type { FormOption } from './definition';

/** Form keys are Leistung slugs: lower-case words joined by hyphens. */
export const FORM_KEY = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Version numbers in URLs: digits only, and below PostgreSQL's integer limit (2³¹), which a larger
 * number would overflow in the lookup (a 500 instead of "not found"). `Number()` alone lets 1e3 and 0x10 through.
 */
export const VERSION_NUMBER = /^[1-9]\d{0,8}$/;

export const texts = z.object({
  title: text('den Titel des Formulars', { max: 200 }),
  intro: optionalText('Die Einleitung', 5000),
  declaration: text('die Erklärung, die Antragstellende bestätigen', { max: 3000 }),
});

export const pageTexts = z.object({
  title: text('den Titel der Seite', { max: 200 }),
  hint: optionalText('Der Hinweis', 2000),
});

const OPTIONS_FORMAT = 'Schreiben Sie jede Antwort in eine eigene Zeile als „wert|Bezeichnung“, zum Beispiel „ja|Ja“.';

/** "wert|Bezeichnung" per line (a line without "|" uses its text for both) → options with unique values. */
export const optionLines = z
  .string()
  .max(20_000, { error: 'Die Antworten dürfen zusammen höchstens 20.000 Zeichen lang sein.' })
  .transform((value, context): FormOption[] => {
    const options = value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const bar = line.indexOf('|');
        return bar < 0 ? { value: line, label: line } : { value: line.slice(0, bar).trim(), label: line.slice(bar + 1).trim() };
      });
    if (options.length === 0) context.addIssue({ code: 'custom', message: 'Geben Sie mindestens eine Antwort zur Auswahl an.' });
    else if (options.some((option) => !option.value || !option.label || option.value.length > 200 || option.label.length > 500)) {
      context.addIssue({ code: 'custom', message: OPTIONS_FORMAT });
    } else if (new Set(options.map((option) => option.value)).size !== options.length) {
      context.addIssue({ code: 'custom', message: 'Jeder Wert darf nur einmal vorkommen.' });
    }
    return options;
  });

export const itemTexts = z.object({
  label: text('die Beschriftung', { max: 500 }),
  hint: optionalText('Der Hinweis', 2000),
  required: z
    .literal('ja')
    .optional()
    .transform((value) => value === 'ja'),
});

/** A repeating group's texts: each item's heading ("Hund 2") and the button that adds one more. */
export const repeatTexts = z.object({
  itemLabel: text('die Bezeichnung eines Eintrags', { max: 100 }),
  addLabel: optionalText('Der Text der Schaltfläche', 100),
});

export const moveSchema = z.object({
  direction: z.enum(['up', 'down'], { error: 'Wählen Sie eine Richtung.' }),
});
