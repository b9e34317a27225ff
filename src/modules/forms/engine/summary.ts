import type { Answers, FormDefinition } from '../definition';
import { displayValue, NOT_ANSWERED } from './display';
import { inputIdOf } from './names';
import type { SummaryPage } from './types';
import { pruneHidden, walkVisible } from './visibility';

/**
 * The answers of every visible page for the check-answers page: one row per visible field (also
 * unanswered optional ones, "Keine Angabe"), items of repeating groups labelled "Person 2: Vorname".
 */
export function summarizeAnswers(definition: FormDefinition, answers: Answers, fileName?: (attachmentId: string) => string): SummaryPage[] {
  const pruned = pruneHidden(definition, answers);
  const pages = new Map<string, SummaryPage>();
  const pageOf = (page: { id: string; title: string }) => {
    if (!pages.has(page.id)) pages.set(page.id, { pageId: page.id, title: page.title, rows: [] });
    return pages.get(page.id)!;
  };
  walkVisible(definition, pruned, {
    repeatingGroup: (page, group, items) => {
      if (items.length === 0) pageOf(page).rows.push({ inputId: group.id, label: group.label, value: NOT_ANSWERED });
    },
    field: ({ page, field, group, name, index, value }) => {
      const label = group?.repeat && index !== undefined ? `${group.repeat.itemLabel} ${index + 1}: ${field.label}` : field.label;
      pageOf(page).rows.push({ inputId: inputIdOf(field, name), label, value: displayValue(field, value, fileName) });
    },
  });
  return [...pages.values()];
}
