import type { KeyFigure } from '../../../kernel/module';

const UNITS = new Set(['count', 'percent', 'days', 'euro']);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * What is wrong with a module's answer, in one sentence for staff; undefined when it may be kept. The job
 * stores only answers that pass: a key outside the module's own prefix would overwrite another module's
 * figure, and a NaN would reach the exchange feed as `null` without anyone noticing.
 */
export function figureProblem(moduleId: string, figures: readonly KeyFigure[]): string | undefined {
  const keys = new Set<string>();
  for (const figure of figures) {
    if (!figure.key.startsWith(`${moduleId}.`) || figure.key.length <= moduleId.length + 1) {
      return `Der Schlüssel „${figure.key}“ gehört nicht zum Modul ${moduleId}.`;
    }
    if (keys.has(figure.key)) return `Der Schlüssel „${figure.key}“ kommt zweimal vor.`;
    keys.add(figure.key);
    if (!UNITS.has(figure.unit)) return `„${figure.key}“ hat die unbekannte Einheit „${figure.unit}“.`;
    if (!figure.label.trim() || !figure.definition.trim()) return `„${figure.key}“ fehlt die Bezeichnung oder die Definition.`;
    if (figure.value !== null && !finite(figure.value)) return `„${figure.key}“ hat keinen endlichen Wert.`;
    if (figure.parts?.some((part) => !part.label.trim() || !finite(part.value))) return `Ein Teil von „${figure.key}“ ist ohne Bezeichnung oder Zahl.`;
    if (figure.months?.some((month) => !MONTH.test(month.month) || !finite(month.value))) {
      return `Ein Monat von „${figure.key}“ ist kein Monat (JJJJ-MM) mit Zahl.`;
    }
  }
  return undefined;
}
